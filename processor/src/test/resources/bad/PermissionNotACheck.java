package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface PermissionNotACheck {
  @Action
  @Permission(String.class)
  void a(ChannelContext ctx);
}
