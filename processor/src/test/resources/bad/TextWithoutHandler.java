package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.nio.ByteBuffer;

@Channel(path = "/x",
    frames = Frames.TEXT)
interface TextWithoutHandler {
  @OnJoin default void joined(ChannelContext ctx) {}
}
