package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Tickets.Open} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Tickets_OpenJsonAdapter extends JsonAdapter<Tickets.Open> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("title");

  private final JsonAdapter<String> stringAdapter;

  public Tickets_OpenJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
  }

  @Override
  public Tickets.Open fromJson(JsonReader reader) throws IOException {
    String title = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          title = stringAdapter.fromJson(reader);
          if (title == null) {
            throw JsonErrors.unexpectedNull("title", "title", reader);
          }
        }
        case -1 -> {
          // A name Open does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (title == null) {
      throw JsonErrors.missingProperty("title", "title", reader);
    }
    return new Tickets.Open(title);
  }

  @Override
  public void toJson(JsonWriter writer, Tickets.Open value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("title");
    stringAdapter.toJson(writer, value.title());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Tickets.Open)";
  }
}
