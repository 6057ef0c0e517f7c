package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface LimitClose {
  @Action
  @Limit(times = 1, seconds = 1,
      close = true)
  void a(ChannelContext ctx);
}
