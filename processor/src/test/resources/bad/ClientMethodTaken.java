package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/shut")
interface ClientMethodTaken {
  @Action("shut") void close(ChannelContext ctx);
}
