package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Signals.Level} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Signals_LevelJsonAdapter extends JsonAdapter<Signals.Level> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("value");

  private final JsonAdapter<Integer> intAdapter;

  public Signals_LevelJsonAdapter(Moshi moshi) {
    this.intAdapter = moshi.adapter(int.class);
  }

  @Override
  public Signals.Level fromJson(JsonReader reader) throws IOException {
    Integer value_ = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> value_ = intAdapter.fromJson(reader);
        case -1 -> {
          // A name Level does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (value_ == null) {
      throw JsonErrors.missingProperty("value", "value", reader);
    }
    return new Signals.Level(value_);
  }

  @Override
  public void toJson(JsonWriter writer, Signals.Level value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("value");
    intAdapter.toJson(writer, value.value());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Signals.Level)";
  }
}
