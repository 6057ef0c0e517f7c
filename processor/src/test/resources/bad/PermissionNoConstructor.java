package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface PermissionNoConstructor {
  @Action
  @Permission(PermissionNoConstructor.Check.class)
  void a(ChannelContext ctx);

  final class Check implements PermissionCheck {
    public Check(String role) {}

    @Override
    public boolean permits(ChannelContext ctx) {
      return true;
    }
  }
}
