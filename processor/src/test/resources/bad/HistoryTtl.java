package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
@History(
    size = 10,
    ttlSeconds = -5)
interface HistoryTtl {
  @Action
  void a(ChannelContext ctx);
}
