package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Count} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class CountJsonAdapter extends JsonAdapter<Count> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("count");

  private final JsonAdapter<Integer> intAdapter;

  public CountJsonAdapter(Moshi moshi) {
    this.intAdapter = moshi.adapter(int.class);
  }

  @Override
  public Count fromJson(JsonReader reader) throws IOException {
    Integer count = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> count = intAdapter.fromJson(reader);
        case -1 -> {
          // A name Count does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (count == null) {
      throw JsonErrors.missingProperty("count", "count", reader);
    }
    return new Count(count);
  }

  @Override
  public void toJson(JsonWriter writer, Count value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("count");
    intAdapter.toJson(writer, value.count());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Count)";
  }
}
