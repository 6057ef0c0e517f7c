package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.util.List;

@Channel(path = "/x/{id}")
interface ParamPathName {
  record Item(String name) {}

  @Action void a(@PathParam("nope") String nope);
}
