package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.nio.ByteBuffer;

@Channel(path = "/x", frames = Frames.TEXT)
interface TextWithActions {
  @OnText void line(ChannelContext ctx, String text);

  @Action void a(ChannelContext ctx);
}
