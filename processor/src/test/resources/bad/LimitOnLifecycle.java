package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface LimitOnLifecycle {
  @Action void a(ChannelContext ctx);

  @OnJoin
  @Limit(times = 1, seconds = 1)
  default void joined(ChannelContext ctx) {}
}
