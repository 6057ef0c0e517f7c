package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
@Envelope(
    action = "id",
    requestId = "id")
interface EnvelopeSameName {
  @Action void a(ChannelContext ctx);
}
