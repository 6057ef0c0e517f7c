package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Zoo.Event} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Zoo_EventJsonAdapter extends JsonAdapter<Zoo.Event> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("kind", "detail");

  private final JsonAdapter<String> stringAdapter;

  public Zoo_EventJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
  }

  @Override
  public Zoo.Event fromJson(JsonReader reader) throws IOException {
    String kind = null;
    String detail = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          kind = stringAdapter.fromJson(reader);
          if (kind == null) {
            throw JsonErrors.unexpectedNull("kind", "kind", reader);
          }
        }
        case 1 -> detail = stringAdapter.fromJson(reader);
        case -1 -> {
          // A name Event does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (kind == null) {
      throw JsonErrors.missingProperty("kind", "kind", reader);
    }
    return new Zoo.Event(kind, detail);
  }

  @Override
  public void toJson(JsonWriter writer, Zoo.Event value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("kind");
    stringAdapter.toJson(writer, value.kind());
    writer.name("detail");
    stringAdapter.toJson(writer, value.detail());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Zoo.Event)";
  }
}
