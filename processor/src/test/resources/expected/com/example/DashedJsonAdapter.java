package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Dashed} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class DashedJsonAdapter extends JsonAdapter<Dashed> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("width", "gap");

  private final JsonAdapter<Integer> intAdapter;

  public DashedJsonAdapter(Moshi moshi) {
    this.intAdapter = moshi.adapter(int.class);
  }

  @Override
  public Dashed fromJson(JsonReader reader) throws IOException {
    Integer width = null;
    Integer gap = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> width = intAdapter.fromJson(reader);
        case 1 -> gap = intAdapter.fromJson(reader);
        case -1 -> {
          // A name Dashed does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (width == null) {
      throw JsonErrors.missingProperty("width", "width", reader);
    }
    if (gap == null) {
      throw JsonErrors.missingProperty("gap", "gap", reader);
    }
    return new Dashed(width, gap);
  }

  @Override
  public void toJson(JsonWriter writer, Dashed value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("width");
    intAdapter.toJson(writer, value.width());
    writer.name("gap");
    intAdapter.toJson(writer, value.gap());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Dashed)";
  }
}
