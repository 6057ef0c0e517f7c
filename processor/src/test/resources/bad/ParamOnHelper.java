package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.util.List;

@Channel(path = "/x/{id}")
interface ParamOnHelper {
  record Item(String name) {}

  @Action void a(ChannelContext ctx);

  default void helper(@PathParam("id") String id) {}
}
