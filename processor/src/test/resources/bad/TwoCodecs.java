package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.time.ZonedDateTime;

@Channel(path = "/x", codecs = {TwoCodecs.ZoneText.class, TwoCodecs.ZoneAgain.class})
interface TwoCodecs {
  @Action void a(ChannelContext ctx, Order order);

  final class ZoneText {
    public static ZonedDateTime read(String text) {
      return ZonedDateTime.parse(text);
    }

    public static String write(ZonedDateTime time) {
      return time.toString();
    }
  }

  final class ZoneAgain {
    public static ZonedDateTime read(String text) {
      return ZonedDateTime.parse(text);
    }

    public static String write(ZonedDateTime time) {
      return time.toString();
    }
  }
}

record Order(ZonedDateTime at) {}
