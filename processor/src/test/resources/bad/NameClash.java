package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

/** Outer.Inner and Outer_Inner both want Outer_InnerDescriptor. */
class Outer {
  @Channel(path = "/a")
  interface Inner {
    @Action void a(ChannelContext ctx);
  }
}

@Channel(path = "/b")
interface Outer_Inner {
  @Action void b(ChannelContext ctx);
}
