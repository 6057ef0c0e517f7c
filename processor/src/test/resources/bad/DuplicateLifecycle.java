package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface DuplicateLifecycle {
  @Action void a(ChannelContext ctx);

  @OnLeave default void left(ChannelContext ctx) {}

  @OnLeave default void leftAgain(ChannelContext ctx) {}
}
