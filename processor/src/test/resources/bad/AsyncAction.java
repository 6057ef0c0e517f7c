package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.util.concurrent.CompletableFuture;

@Channel(path = "/x")
interface AsyncAction {
  @Action CompletableFuture<String> lookup(ChannelContext ctx);
}
