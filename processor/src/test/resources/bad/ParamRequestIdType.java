package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.util.List;

@Channel(path = "/x")
interface ParamRequestIdType {
  record Item(String name) {}

  @Action void a(@RequestId int requestId);
}
