package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface PermissionDeny {
  @Action
  @Permission(value = PermissionDeny.Check.class,
      deny = true)
  void a(ChannelContext ctx);

  final class Check implements PermissionCheck {
    @Override
    public boolean permits(ChannelContext ctx) {
      return true;
    }
  }
}
