package bad;

import java.util.List;
import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface Wildcard {
  @Action List<? extends Number> a(ChannelContext ctx);
}
