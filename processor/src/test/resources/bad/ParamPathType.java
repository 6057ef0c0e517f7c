package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.util.List;

@Channel(path = "/x/{id}")
interface ParamPathType {
  record Item(String name) {}

  @Action void a(@PathParam("id") float id);
}
