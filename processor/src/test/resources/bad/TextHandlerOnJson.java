package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.nio.ByteBuffer;

@Channel(path = "/x")
interface TextHandlerOnJson {
  @Action void a(ChannelContext ctx);

  @OnText void line(ChannelContext ctx, String text);
}
