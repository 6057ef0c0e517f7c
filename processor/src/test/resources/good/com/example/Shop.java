package com.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.JsonWith;
import io.channels4j.runtime.ChannelContext;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** Types of the user's with codecs: one named on the type, one on the channel for a JDK type. */
@Channel(path = "/shop", codecs = Shop.ZoneCodec.class)
public interface Shop {
  @Action("buy")
  Money buy(ChannelContext ctx, Order order);

  /** A JDK type without a mapping of its own, held as its ISO-8601 text. */
  final class ZoneCodec {
    private ZoneCodec() {}

    public static ZonedDateTime read(String text) {
      return ZonedDateTime.parse(text);
    }

    public static String write(ZonedDateTime time) {
      return time.toString();
    }
  }

  /** "12.50 EUR". */
  final class MoneyCodec {
    private MoneyCodec() {}

    public static Money read(String text) {
      String[] parts = text.split(" ");
      if (parts.length != 2 || !parts[1].matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("not an amount: " + text);
      }
      return new Money(new java.math.BigDecimal(parts[0]).movePointRight(2).longValueExact(), parts[1]);
    }

    public static String write(Money money) {
      return java.math.BigDecimal.valueOf(money.cents(), 2).toPlainString() + " " + money.currency();
    }
  }

  /** A JSON number. */
  final class PointsCodec {
    private PointsCodec() {}

    public static Points read(long points) {
      return new Points((int) points);
    }

    public static long write(Points points) {
      return points.value();
    }
  }
}

@JsonWith(Shop.MoneyCodec.class)
record Money(long cents, String currency) {}

@JsonWith(Shop.PointsCodec.class)
record Points(int value) {}

record Order(
    Money price,
    List<Money> extras,
    @Nullable Money tip,
    ZonedDateTime at,
    Map<String, Points> points) {}
