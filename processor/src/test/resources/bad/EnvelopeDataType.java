package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
@Envelope(response = EnvelopeDataType.Reply.class)
interface EnvelopeDataType {
  record Reply(
      long requestId,
      String status,
      String data,
      String errors) {}

  @Action void a(ChannelContext ctx);
}
