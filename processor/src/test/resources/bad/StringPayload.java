package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
interface StringPayload {
  @Action void say(ChannelContext ctx, String text);
}
