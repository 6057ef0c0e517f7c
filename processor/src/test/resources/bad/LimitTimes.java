package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface LimitTimes {
  @Action
  @Limit(
      times = 0,
      seconds = 1)
  void a(ChannelContext ctx);
}
