package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
@Envelope(response = EnvelopeRoleType.Reply.class)
interface EnvelopeRoleType {
  record Reply<T>(
      String requestId,
      String status,
      T data,
      String errors) {}

  @Action void a(ChannelContext ctx);
}
