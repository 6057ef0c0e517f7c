package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.nio.ByteBuffer;

@Channel(path = "/x", frames = Frames.TEXT)
interface HandlerThrows {
  @OnText void line(ChannelContext ctx, String text) throws Exception;
}
