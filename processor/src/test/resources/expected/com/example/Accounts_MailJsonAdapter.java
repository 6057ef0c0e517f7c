package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Mail} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_MailJsonAdapter extends JsonAdapter<Accounts.Mail> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("address");

  private final JsonAdapter<String> stringAdapter;

  public Accounts_MailJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
  }

  @Override
  public Accounts.Mail fromJson(JsonReader reader) throws IOException {
    String address = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          address = stringAdapter.fromJson(reader);
          if (address == null) {
            throw JsonErrors.unexpectedNull("address", "address", reader);
          }
        }
        case -1 -> {
          // A name Mail does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (address == null) {
      throw JsonErrors.missingProperty("address", "address", reader);
    }
    return new Accounts.Mail(address);
  }

  @Override
  public void toJson(JsonWriter writer, Accounts.Mail value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("address");
    stringAdapter.toJson(writer, value.address());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Accounts.Mail)";
  }
}
