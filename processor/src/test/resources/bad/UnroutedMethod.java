package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface UnroutedMethod {
  @Action void a(ChannelContext ctx);

  void forgotten(ChannelContext ctx);
}
