package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x",
    relayBinary = true)
interface RelayBinaryWithoutRelay {
  @Action void a(ChannelContext ctx);
}
