package bad;

import java.util.List;
import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface RawType {
  @SuppressWarnings("rawtypes")
  @Action void a(ChannelContext ctx, List names);
}
