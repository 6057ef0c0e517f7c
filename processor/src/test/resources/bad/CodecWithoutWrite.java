package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
interface CodecWithoutWrite {
  @Action void a(ChannelContext ctx, Order order);

  final class TagCodec {
    public static Tag read(String text) {
      return new Tag(text);
    }
  }
}

record Order(Tag tag) {}

@JsonWith(CodecWithoutWrite.TagCodec.class)
record Tag(String text) {}
