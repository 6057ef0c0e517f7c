package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
@Envelope(response = EnvelopeUnknownRole.Reply.class)
interface EnvelopeUnknownRole {
  record Reply<T>(
      long requestId,
      String status,
      T data,
      String errors,
      String user) {}

  @Action void a(ChannelContext ctx);
}
