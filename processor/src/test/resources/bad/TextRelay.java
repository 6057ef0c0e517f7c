package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.nio.ByteBuffer;

@Channel(path = "/x", frames = Frames.TEXT,
    relay = true)
interface TextRelay {
  @OnText void line(ChannelContext ctx, String text);
}
