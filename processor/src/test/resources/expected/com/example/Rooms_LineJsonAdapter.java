package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Rooms.Line} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Rooms_LineJsonAdapter extends JsonAdapter<Rooms.Line> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("text", "at");

  private final JsonAdapter<String> stringAdapter;

  private final JsonAdapter<Long> longAdapter;

  public Rooms_LineJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
    this.longAdapter = moshi.adapter(long.class);
  }

  @Override
  public Rooms.Line fromJson(JsonReader reader) throws IOException {
    String text = null;
    Long at = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          text = stringAdapter.fromJson(reader);
          if (text == null) {
            throw JsonErrors.unexpectedNull("text", "text", reader);
          }
        }
        case 1 -> at = longAdapter.fromJson(reader);
        case -1 -> {
          // A name Line does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (text == null) {
      throw JsonErrors.missingProperty("text", "text", reader);
    }
    if (at == null) {
      throw JsonErrors.missingProperty("at", "at", reader);
    }
    return new Rooms.Line(text, at);
  }

  @Override
  public void toJson(JsonWriter writer, Rooms.Line value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("text");
    stringAdapter.toJson(writer, value.text());
    writer.name("at");
    longAdapter.toJson(writer, value.at());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Rooms.Line)";
  }
}
