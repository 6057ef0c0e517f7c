package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonAdapters;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Child} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ChildJsonAdapter extends JsonAdapter<Child> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("name", "parent");

  private final JsonAdapter<String> stringAdapter;

  private final JsonAdapter<Parent> parentAdapter;

  public ChildJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
    this.parentAdapter = JsonAdapters.lazy(() -> new ParentJsonAdapter(moshi).nullSafe());
  }

  @Override
  public Child fromJson(JsonReader reader) throws IOException {
    String name = null;
    Parent parent = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          name = stringAdapter.fromJson(reader);
          if (name == null) {
            throw JsonErrors.unexpectedNull("name", "name", reader);
          }
        }
        case 1 -> parent = parentAdapter.fromJson(reader);
        case -1 -> {
          // A name Child does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (name == null) {
      throw JsonErrors.missingProperty("name", "name", reader);
    }
    return new Child(name, parent);
  }

  @Override
  public void toJson(JsonWriter writer, Child value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("name");
    stringAdapter.toJson(writer, value.name());
    writer.name("parent");
    parentAdapter.toJson(writer, value.parent());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Child)";
  }
}
