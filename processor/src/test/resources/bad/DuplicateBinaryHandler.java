package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.nio.ByteBuffer;

@Channel(path = "/x")
interface DuplicateBinaryHandler {
  @Action void a(ChannelContext ctx);

  @OnBinary void first(ChannelContext ctx, byte[] data);

  @OnBinary void second(ChannelContext ctx, ByteBuffer data);
}
