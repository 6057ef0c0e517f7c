package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Phone} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_PhoneJsonAdapter extends JsonAdapter<Accounts.Phone> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("number");

  private final JsonAdapter<String> stringAdapter;

  public Accounts_PhoneJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
  }

  @Override
  public Accounts.Phone fromJson(JsonReader reader) throws IOException {
    String number = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          number = stringAdapter.fromJson(reader);
          if (number == null) {
            throw JsonErrors.unexpectedNull("number", "number", reader);
          }
        }
        case -1 -> {
          // A name Phone does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (number == null) {
      throw JsonErrors.missingProperty("number", "number", reader);
    }
    return new Accounts.Phone(number);
  }

  @Override
  public void toJson(JsonWriter writer, Accounts.Phone value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("number");
    stringAdapter.toJson(writer, value.number());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Accounts.Phone)";
  }
}
