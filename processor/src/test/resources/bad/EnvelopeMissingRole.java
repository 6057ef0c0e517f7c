package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
@Envelope(
    response = EnvelopeMissingRole.Reply.class)
interface EnvelopeMissingRole {
  record Reply<T>(String action, long requestId, String status, T data) {}

  @Action void a(ChannelContext ctx);
}
