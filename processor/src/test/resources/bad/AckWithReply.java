package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
interface AckWithReply {
  @Action(ack = true) String lookup(ChannelContext ctx);
}
