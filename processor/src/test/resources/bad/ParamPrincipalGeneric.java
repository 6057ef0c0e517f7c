package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.util.List;

@Channel(path = "/x")
interface ParamPrincipalGeneric {
  record Item(String name) {}

  @Action void a(@Principal List<String> principal);
}
