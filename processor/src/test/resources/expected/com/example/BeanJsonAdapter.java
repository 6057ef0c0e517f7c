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
 * Reads and writes {@link Bean} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class BeanJsonAdapter extends JsonAdapter<Bean> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("title", "active",
      "labels");

  private final JsonAdapter<String> stringAdapter;

  private final JsonAdapter<Boolean> booleanAdapter;

  private final JsonAdapter<List<String>> listOfStringAdapter;

  public BeanJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
    this.booleanAdapter = moshi.adapter(boolean.class);
    this.listOfStringAdapter = JsonAdapters.list(moshi.adapter(String.class));
  }

  @Override
  public Bean fromJson(JsonReader reader) throws IOException {
    String title = null;
    Boolean active = null;
    List<String> labels = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          title = stringAdapter.fromJson(reader);
          if (title == null) {
            throw JsonErrors.unexpectedNull("title", "title", reader);
          }
        }
        case 1 -> active = booleanAdapter.fromJson(reader);
        case 2 -> labels = listOfStringAdapter.fromJson(reader);
        case -1 -> {
          // A name Bean does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (title == null) {
      throw JsonErrors.missingProperty("title", "title", reader);
    }
    if (active == null) {
      throw JsonErrors.missingProperty("active", "active", reader);
    }
    Bean result = new Bean();
    result.setTitle(title);
    result.setActive(active);
    if (labels != null) {
      result.setLabels(labels);
    }
    return result;
  }

  @Override
  public void toJson(JsonWriter writer, Bean value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("title");
    stringAdapter.toJson(writer, value.getTitle());
    writer.name("active");
    booleanAdapter.toJson(writer, value.isActive());
    writer.name("labels");
    listOfStringAdapter.toJson(writer, value.getLabels());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Bean)";
  }
}
