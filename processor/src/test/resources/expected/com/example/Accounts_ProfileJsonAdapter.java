package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Profile} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_ProfileJsonAdapter extends JsonAdapter<Accounts.Profile> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("bio", "debt", "balance");

  private final JsonAdapter<String> stringAdapter;

  private final JsonAdapter<Double> doubleAdapter;

  private final JsonAdapter<Short> shortAdapter;

  public Accounts_ProfileJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
    this.doubleAdapter = moshi.adapter(double.class);
    this.shortAdapter = moshi.adapter(short.class);
  }

  @Override
  public Accounts.Profile fromJson(JsonReader reader) throws IOException {
    String bio = null;
    Double debt = null;
    Short balance = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          bio = stringAdapter.fromJson(reader);
          if (bio == null) {
            throw JsonErrors.unexpectedNull("bio", "bio", reader);
          }
        }
        case 1 -> debt = doubleAdapter.fromJson(reader);
        case 2 -> balance = shortAdapter.fromJson(reader);
        case -1 -> {
          // A name Profile does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (bio == null) {
      throw JsonErrors.missingProperty("bio", "bio", reader);
    }
    if (debt == null) {
      throw JsonErrors.missingProperty("debt", "debt", reader);
    }
    if (balance == null) {
      throw JsonErrors.missingProperty("balance", "balance", reader);
    }
    Accounts.Profile result = new Accounts.Profile();
    result.setBio(bio);
    result.setDebt(debt);
    result.setBalance(balance);
    return result;
  }

  @Override
  public void toJson(JsonWriter writer, Accounts.Profile value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("bio");
    stringAdapter.toJson(writer, value.getBio());
    writer.name("debt");
    doubleAdapter.toJson(writer, value.getDebt());
    writer.name("balance");
    shortAdapter.toJson(writer, value.getBalance());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Accounts.Profile)";
  }
}
