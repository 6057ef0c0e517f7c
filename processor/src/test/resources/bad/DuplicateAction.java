package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface DuplicateAction {
  @Action("say") void first(ChannelContext ctx);

  @Action(
      "say") void second(ChannelContext ctx);
}
