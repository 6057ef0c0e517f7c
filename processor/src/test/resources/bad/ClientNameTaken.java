package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/taken")
interface Taken {
  @Action void a(ChannelContext ctx);
}

/** A type of the user's own where the generated client would go. */
class TakenClient {}
