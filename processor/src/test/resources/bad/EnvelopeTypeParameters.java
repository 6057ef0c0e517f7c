package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
@Envelope(
    response = EnvelopeTypeParameters.Reply.class)
interface EnvelopeTypeParameters {
  record Reply<T, E>(long requestId, String status, T data, E errors) {}

  @Action void a(ChannelContext ctx);
}
