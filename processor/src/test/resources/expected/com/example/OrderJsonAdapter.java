package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonAdapters;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Order} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class OrderJsonAdapter extends JsonAdapter<Order> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("price", "extras", "tip",
      "at", "points");

  private final JsonAdapter<Money> moneyAdapter;

  private final JsonAdapter<List<Money>> listOfMoneyAdapter;

  private final JsonAdapter<ZonedDateTime> zonedDateTimeAdapter;

  private final JsonAdapter<Map<String, Points>> mapOfPointsAdapter;

  public OrderJsonAdapter(Moshi moshi) {
    this.moneyAdapter = JsonAdapters.mapped(moshi.adapter(String.class), Shop.MoneyCodec::read,
        Shop.MoneyCodec::write, "Money");
    this.listOfMoneyAdapter = JsonAdapters.list(JsonAdapters.mapped(moshi.adapter(String.class),
        Shop.MoneyCodec::read, Shop.MoneyCodec::write, "Money"));
    this.zonedDateTimeAdapter = JsonAdapters.mapped(moshi.adapter(String.class),
        Shop.ZoneCodec::read, Shop.ZoneCodec::write, "ZonedDateTime");
    this.mapOfPointsAdapter = JsonAdapters.map(JsonAdapters.mapped(moshi.adapter(long.class),
        Shop.PointsCodec::read, Shop.PointsCodec::write, "Points"));
  }

  @Override
  public Order fromJson(JsonReader reader) throws IOException {
    Money price = null;
    List<Money> extras = null;
    Money tip = null;
    ZonedDateTime at = null;
    Map<String, Points> points = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          price = moneyAdapter.fromJson(reader);
          if (price == null) {
            throw JsonErrors.unexpectedNull("price", "price", reader);
          }
        }
        case 1 -> {
          extras = listOfMoneyAdapter.fromJson(reader);
          if (extras == null) {
            throw JsonErrors.unexpectedNull("extras", "extras", reader);
          }
        }
        case 2 -> tip = moneyAdapter.fromJson(reader);
        case 3 -> {
          at = zonedDateTimeAdapter.fromJson(reader);
          if (at == null) {
            throw JsonErrors.unexpectedNull("at", "at", reader);
          }
        }
        case 4 -> {
          points = mapOfPointsAdapter.fromJson(reader);
          if (points == null) {
            throw JsonErrors.unexpectedNull("points", "points", reader);
          }
        }
        case -1 -> {
          // A name Order does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (price == null) {
      throw JsonErrors.missingProperty("price", "price", reader);
    }
    if (extras == null) {
      throw JsonErrors.missingProperty("extras", "extras", reader);
    }
    if (at == null) {
      throw JsonErrors.missingProperty("at", "at", reader);
    }
    if (points == null) {
      throw JsonErrors.missingProperty("points", "points", reader);
    }
    return new Order(price, extras, tip, at, points);
  }

  @Override
  public void toJson(JsonWriter writer, Order value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("price");
    moneyAdapter.toJson(writer, value.price());
    writer.name("extras");
    listOfMoneyAdapter.toJson(writer, value.extras());
    writer.name("tip");
    moneyAdapter.toJson(writer, value.tip());
    writer.name("at");
    zonedDateTimeAdapter.toJson(writer, value.at());
    writer.name("points");
    mapOfPointsAdapter.toJson(writer, value.points());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Order)";
  }
}
