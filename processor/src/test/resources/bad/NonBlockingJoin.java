package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
interface NonBlockingJoin {
  @Action void a(ChannelContext ctx);

  @NonBlocking @OnJoin void joined(ChannelContext ctx);
}
