package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/chat/{room")
interface PathBadParam {
  @Action void a(ChannelContext ctx);
}
