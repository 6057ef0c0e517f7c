package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
@History(
    size = 0)
interface HistorySize {
  @Action
  void a(ChannelContext ctx);
}
