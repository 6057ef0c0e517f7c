package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.nio.ByteBuffer;

@Channel(path = "/x")
interface BinaryHandlerSignature {
  @Action void a(ChannelContext ctx);

  @OnBinary int data(ChannelContext ctx, ByteBuffer data);
}
