package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface PermissionAbstract {
  @Action
  @Permission(PermissionAbstract.Check.class)
  void a(ChannelContext ctx);

  abstract class Check implements PermissionCheck {}
}
