package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Solid} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class SolidJsonAdapter extends JsonAdapter<Solid> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("width");

  private final JsonAdapter<Integer> intAdapter;

  public SolidJsonAdapter(Moshi moshi) {
    this.intAdapter = moshi.adapter(int.class);
  }

  @Override
  public Solid fromJson(JsonReader reader) throws IOException {
    Integer width = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> width = intAdapter.fromJson(reader);
        case -1 -> {
          // A name Solid does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (width == null) {
      throw JsonErrors.missingProperty("width", "width", reader);
    }
    return new Solid(width);
  }

  @Override
  public void toJson(JsonWriter writer, Solid value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("width");
    intAdapter.toJson(writer, value.width());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Solid)";
  }
}
