package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.util.List;

@Channel(path = "/x")
interface ParamJoinRequestId {
  record Item(String name) {}

  @Action void a(ChannelContext ctx);

  @OnJoin default void joined(@RequestId long requestId) {}
}
