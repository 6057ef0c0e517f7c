package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

// The default response frame has "type":"response" of its own.
@Channel(path = "/x")
@Envelope(
    action = "type",
    requestId = "id")
interface EnvelopeResponseMember {
  @Action void a(ChannelContext ctx);
}
