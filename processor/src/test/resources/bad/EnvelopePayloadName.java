package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
@Envelope(
    requestId = "id",
    payload = "id")
interface EnvelopePayloadName {
  @Action void a(ChannelContext ctx);
}
