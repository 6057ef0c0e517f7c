package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.nio.ByteBuffer;

@Channel(path = "/x", relay = true)
interface BinaryOnRelay {
  @OnBinary void data(ChannelContext ctx, byte[] data);
}
