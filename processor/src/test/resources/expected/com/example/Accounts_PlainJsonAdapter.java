package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Plain} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_PlainJsonAdapter extends JsonAdapter<Accounts.Plain> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("text");

  private final JsonAdapter<String> stringAdapter;

  public Accounts_PlainJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
  }

  @Override
  public Accounts.Plain fromJson(JsonReader reader) throws IOException {
    String text = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          text = stringAdapter.fromJson(reader);
          if (text == null) {
            throw JsonErrors.unexpectedNull("text", "text", reader);
          }
        }
        case -1 -> {
          // A name Plain does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (text == null) {
      throw JsonErrors.missingProperty("text", "text", reader);
    }
    return new Accounts.Plain(text);
  }

  @Override
  public void toJson(JsonWriter writer, Accounts.Plain value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("text");
    stringAdapter.toJson(writer, value.text());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Accounts.Plain)";
  }
}
