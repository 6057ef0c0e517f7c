package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Pigeon} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_PigeonJsonAdapter extends JsonAdapter<Accounts.Pigeon> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("loft");

  private final JsonAdapter<String> stringAdapter;

  public Accounts_PigeonJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
  }

  @Override
  public Accounts.Pigeon fromJson(JsonReader reader) throws IOException {
    String loft = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          loft = stringAdapter.fromJson(reader);
          if (loft == null) {
            throw JsonErrors.unexpectedNull("loft", "loft", reader);
          }
        }
        case -1 -> {
          // A name Pigeon does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (loft == null) {
      throw JsonErrors.missingProperty("loft", "loft", reader);
    }
    return new Accounts.Pigeon(loft);
  }

  @Override
  public void toJson(JsonWriter writer, Accounts.Pigeon value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("loft");
    stringAdapter.toJson(writer, value.loft());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Accounts.Pigeon)";
  }
}
