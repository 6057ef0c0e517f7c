package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
interface CodecOfAnObject {
  @Action void a(ChannelContext ctx, Order order);

  final class TagCodec {
    public static Tag read(Wrapper wrapper) {
      return new Tag(wrapper.text());
    }

    public static Wrapper write(Tag tag) {
      return new Wrapper(tag.text());
    }
  }
}

record Wrapper(String text) {}

record Order(Tag tag) {}

@JsonWith(CodecOfAnObject.TagCodec.class)
record Tag(String text) {}
