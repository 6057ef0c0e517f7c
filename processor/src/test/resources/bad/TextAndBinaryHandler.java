package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.nio.ByteBuffer;

@Channel(path = "/x", frames = Frames.TEXT)
interface TextAndBinaryHandler {
  @OnText void line(ChannelContext ctx, String text);

  @OnText @OnBinary void both(ChannelContext ctx, String text);
}
