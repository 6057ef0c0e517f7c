package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/chat/{topic}", room = "chat:{room}")
interface RoomParam {
  @Action void a(ChannelContext ctx);
}
