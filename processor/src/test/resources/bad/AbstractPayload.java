package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface AbstractPayload {
  @Action void a(ChannelContext ctx, Shape shape);
}

abstract class Shape {
  public String name;
}
