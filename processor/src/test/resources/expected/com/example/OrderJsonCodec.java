package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Order} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class OrderJsonCodec implements JsonCodec<Order> {
  /**
   * The codec; it holds no state.
   */
  public static final OrderJsonCodec INSTANCE = new OrderJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("price", "extras", "tip", "at", "points");

  private static final byte[] PRICE = JsonOutput.encodeName("price");

  private static final byte[] EXTRAS = JsonOutput.encodeName("extras");

  private static final byte[] TIP = JsonOutput.encodeName("tip");

  private static final byte[] AT = JsonOutput.encodeName("at");

  private static final byte[] POINTS = JsonOutput.encodeName("points");

  private OrderJsonCodec() {
  }

  @Override
  public Order read(JsonInput in) {
    Money price = null;
    List<Money> extras = null;
    Money tip = null;
    ZonedDateTime at = null;
    Map<String, Points> points = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> price = Shop.MoneyCodec.read(in.nextString());
        case 1 -> extras = readListOfMoney(in);
        case 2 -> tip = in.nextNull() ? null : Shop.MoneyCodec.read(in.nextString());
        case 3 -> at = Shop.ZoneCodec.read(in.nextString());
        case 4 -> points = readMapOfPoints(in);
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (price == null || extras == null || at == null || points == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Order(price, extras, tip, at, points);
  }

  @Override
  public void write(JsonOutput out, Order value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Order value) {
    Money priceValue = value.price();
    if (priceValue != null) {
      out.name(PRICE);
      out.value(Shop.MoneyCodec.write(priceValue));
    }
    List<Money> extrasValue = value.extras();
    if (extrasValue != null) {
      out.name(EXTRAS);
      writeListOfMoney(out, extrasValue);
    }
    Money tipValue = value.tip();
    if (tipValue != null) {
      out.name(TIP);
      out.value(Shop.MoneyCodec.write(tipValue));
    }
    ZonedDateTime atValue = value.at();
    if (atValue != null) {
      out.name(AT);
      out.value(Shop.ZoneCodec.write(atValue));
    }
    Map<String, Points> pointsValue = value.points();
    if (pointsValue != null) {
      out.name(POINTS);
      writeMapOfPoints(out, pointsValue);
    }
  }

  private List<Money> readListOfMoney(JsonInput in) {
    List<Money> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : Shop.MoneyCodec.read(in.nextString()));
    }
    in.endArray();
    return result;
  }

  private Map<String, Points> readMapOfPoints(JsonInput in) {
    Map<String, Points> result = new LinkedHashMap<>();
    in.beginObject();
    while (in.hasNext()) {
      if (result.put(in.name(), in.nextNull() ? null : Shop.PointsCodec.read(in.nextLong())) != null) {
        throw JsonInput.miss();
      }
    }
    in.endObject();
    return result;
  }

  private void writeListOfMoney(JsonOutput out, List<Money> value) {
    out.beginArray();
    for (Money element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        out.value(Shop.MoneyCodec.write(element));
      }
    }
    out.endArray();
  }

  private void writeMapOfPoints(JsonOutput out, Map<String, Points> value) {
    out.beginObject();
    for (Map.Entry<String, Points> entry : value.entrySet()) {
      // A null member is left out, as Moshi leaves it out
      if (entry.getValue() != null) {
        out.name(entry.getKey());
        out.value(Shop.PointsCodec.write(entry.getValue()));
      }
    }
    out.endObject();
  }
}
