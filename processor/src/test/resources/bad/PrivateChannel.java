package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

class PrivateChannel {
  @Channel(path = "/x")
  private interface Hidden {
    @Action void a(ChannelContext ctx);
  }
}
