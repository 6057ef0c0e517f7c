package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.nio.ByteBuffer;

class TextHandlerOutsideChannel {
  @OnText void line(ChannelContext ctx, String text) {}
}
