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
 * Reads and writes {@link Group} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class GroupJsonAdapter extends JsonAdapter<Group> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("shapes");

  private final JsonAdapter<List<Shape>> listOfShapeAdapter;

  public GroupJsonAdapter(Moshi moshi) {
    this.listOfShapeAdapter =
        JsonAdapters.list(JsonAdapters.lazy(() -> new ShapeJsonAdapter(moshi).nullSafe()));
  }

  @Override
  public Group fromJson(JsonReader reader) throws IOException {
    List<Shape> shapes = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          shapes = listOfShapeAdapter.fromJson(reader);
          if (shapes == null) {
            throw JsonErrors.unexpectedNull("shapes", "shapes", reader);
          }
        }
        case -1 -> {
          // A name Group does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (shapes == null) {
      throw JsonErrors.missingProperty("shapes", "shapes", reader);
    }
    return new Group(shapes);
  }

  @Override
  public void toJson(JsonWriter writer, Group value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("shapes");
    listOfShapeAdapter.toJson(writer, value.shapes());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Group)";
  }
}
