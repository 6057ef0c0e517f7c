package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

public class PermissionInner {
  @Channel(path = "/x")
  public interface Chat {
    @Action
    @Permission(PermissionInner.Check.class)
    void a(ChannelContext ctx);
  }

  public class Check implements PermissionCheck {
    @Override
    public boolean permits(ChannelContext ctx) {
      return true;
    }
  }
}
