package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
@Envelope(
    action = "kind",
    requestId = "re\"q")
interface EnvelopeName {
  @Action void a(ChannelContext ctx);
}
