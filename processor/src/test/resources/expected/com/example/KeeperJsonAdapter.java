package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Keeper} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class KeeperJsonAdapter extends JsonAdapter<Keeper> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("name", "age");

  private final JsonAdapter<String> stringAdapter;

  private final JsonAdapter<Integer> intAdapter;

  public KeeperJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
    this.intAdapter = moshi.adapter(int.class);
  }

  @Override
  public Keeper fromJson(JsonReader reader) throws IOException {
    String name = null;
    Integer age = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          name = stringAdapter.fromJson(reader);
          if (name == null) {
            throw JsonErrors.unexpectedNull("name", "name", reader);
          }
        }
        case 1 -> age = intAdapter.fromJson(reader);
        case -1 -> {
          // A name Keeper does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (name == null) {
      throw JsonErrors.missingProperty("name", "name", reader);
    }
    if (age == null) {
      throw JsonErrors.missingProperty("age", "age", reader);
    }
    return new Keeper(name, age);
  }

  @Override
  public void toJson(JsonWriter writer, Keeper value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("name");
    stringAdapter.toJson(writer, value.name);
    writer.name("age");
    intAdapter.toJson(writer, value.getAge());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Keeper)";
  }
}
