package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Square} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class SquareJsonAdapter extends JsonAdapter<Square> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("side", "color");

  private final JsonAdapter<Double> doubleAdapter;

  private final JsonAdapter<String> stringAdapter;

  public SquareJsonAdapter(Moshi moshi) {
    this.doubleAdapter = moshi.adapter(double.class);
    this.stringAdapter = moshi.adapter(String.class);
  }

  @Override
  public Square fromJson(JsonReader reader) throws IOException {
    Double side = null;
    String colour = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> side = doubleAdapter.fromJson(reader);
        case 1 -> {
          colour = stringAdapter.fromJson(reader);
          if (colour == null) {
            throw JsonErrors.unexpectedNull("colour", "color", reader);
          }
        }
        case -1 -> {
          // A name Square does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (side == null) {
      throw JsonErrors.missingProperty("side", "side", reader);
    }
    if (colour == null) {
      throw JsonErrors.missingProperty("colour", "color", reader);
    }
    return new Square(side, colour);
  }

  @Override
  public void toJson(JsonWriter writer, Square value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("side");
    doubleAdapter.toJson(writer, value.side());
    writer.name("color");
    stringAdapter.toJson(writer, value.colour());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Square)";
  }
}
