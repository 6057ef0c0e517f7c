package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Address} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_AddressJsonAdapter extends JsonAdapter<Accounts.Address> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("street", "zip");

  private final JsonAdapter<String> stringAdapter;

  public Accounts_AddressJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
  }

  @Override
  public Accounts.Address fromJson(JsonReader reader) throws IOException {
    String street = null;
    String zip = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          street = stringAdapter.fromJson(reader);
          if (street == null) {
            throw JsonErrors.unexpectedNull("street", "street", reader);
          }
        }
        case 1 -> {
          zip = stringAdapter.fromJson(reader);
          if (zip == null) {
            throw JsonErrors.unexpectedNull("zip", "zip", reader);
          }
        }
        case -1 -> {
          // A name Address does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (street == null) {
      throw JsonErrors.missingProperty("street", "street", reader);
    }
    if (zip == null) {
      throw JsonErrors.missingProperty("zip", "zip", reader);
    }
    return new Accounts.Address(street, zip);
  }

  @Override
  public void toJson(JsonWriter writer, Accounts.Address value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("street");
    stringAdapter.toJson(writer, value.street());
    writer.name("zip");
    stringAdapter.toJson(writer, value.zip());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Accounts.Address)";
  }
}
