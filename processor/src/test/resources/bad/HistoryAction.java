package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
@History(size = 10)
interface HistoryAction {
  @Action("history") void pastMessages(ChannelContext ctx);
}
