package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonAdapters;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Parent} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ParentJsonAdapter extends JsonAdapter<Parent> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("name", "kids");

  private final JsonAdapter<String> stringAdapter;

  private final JsonAdapter<List<Child>> listOfChildAdapter;

  public ParentJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
    this.listOfChildAdapter =
        JsonAdapters.list(JsonAdapters.lazy(() -> new ChildJsonAdapter(moshi).nullSafe()));
  }

  @Override
  public Parent fromJson(JsonReader reader) throws IOException {
    String name = null;
    List<Child> kids = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          name = stringAdapter.fromJson(reader);
          if (name == null) {
            throw JsonErrors.unexpectedNull("name", "name", reader);
          }
        }
        case 1 -> {
          kids = listOfChildAdapter.fromJson(reader);
          if (kids == null) {
            throw JsonErrors.unexpectedNull("kids", "kids", reader);
          }
        }
        case -1 -> {
          // A name Parent does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (name == null) {
      throw JsonErrors.missingProperty("name", "name", reader);
    }
    if (kids == null) {
      throw JsonErrors.missingProperty("kids", "kids", reader);
    }
    return new Parent(name, kids);
  }

  @Override
  public void toJson(JsonWriter writer, Parent value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("name");
    stringAdapter.toJson(writer, value.name());
    writer.name("kids");
    listOfChildAdapter.toJson(writer, value.kids());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Parent)";
  }
}
