package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.util.concurrent.Future;

@Channel(path = "/x")
interface FutureAction {
  @Action Future<String> lookup(ChannelContext ctx);
}
