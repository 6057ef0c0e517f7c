package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x", codecs = CodecOfAString.Upper.class)
interface CodecOfAString {
  @Action void a(ChannelContext ctx, Order order);

  final class Upper {
    public static String read(String text) {
      return text.toUpperCase();
    }

    public static String write(String text) {
      return text;
    }
  }
}

record Order(String name) {}
