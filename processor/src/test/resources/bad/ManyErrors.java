package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "many")
interface ManyErrors {
  @Action("go") void first(ChannelContext ctx);

  @Action("go") void second(ChannelContext ctx);

  @Action
  @Limit(times = 0, seconds = 1)
  void third(ChannelContext ctx);
}
