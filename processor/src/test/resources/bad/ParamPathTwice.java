package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.util.List;

@Channel(path = "/x/{id}")
interface ParamPathTwice {
  record Item(String name) {}

  @Action void a(@PathParam("id") String id, @PathParam("id") long again);
}
