package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.util.concurrent.CompletionStage;

@Channel(path = "/x")
interface RawStage {
  @SuppressWarnings("rawtypes")
  @Action CompletionStage lookup(ChannelContext ctx);
}
