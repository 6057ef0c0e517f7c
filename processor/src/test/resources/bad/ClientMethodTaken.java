package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/conn")
interface ClientMethodTaken {
  @Action("conn") long connection(ChannelContext ctx);
}
