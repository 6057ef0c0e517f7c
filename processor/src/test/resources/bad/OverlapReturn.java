package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
interface OverlapReturn {
  @Action(overlap = true) String lookup(ChannelContext ctx);
}
