package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface LifecycleSignature {
  @Action void a(ChannelContext ctx);

  @OnJoin default int joined(ChannelContext ctx) {
    return 0;
  }
}
