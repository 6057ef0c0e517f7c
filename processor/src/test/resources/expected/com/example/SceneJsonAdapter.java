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
 * Reads and writes {@link Scene} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class SceneJsonAdapter extends JsonAdapter<Scene> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("name", "main", "strokes",
      "extra");

  private final JsonAdapter<String> stringAdapter;

  private final JsonAdapter<Shape> shapeAdapter;

  private final JsonAdapter<List<Stroke>> listOfStrokeAdapter;

  public SceneJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
    this.shapeAdapter = new ShapeJsonAdapter(moshi).nullSafe();
    this.listOfStrokeAdapter = JsonAdapters.list(new StrokeJsonAdapter(moshi).nullSafe());
  }

  @Override
  public Scene fromJson(JsonReader reader) throws IOException {
    String name = null;
    Shape main = null;
    List<Stroke> strokes = null;
    Shape extra = null;
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
          main = shapeAdapter.fromJson(reader);
          if (main == null) {
            throw JsonErrors.unexpectedNull("main", "main", reader);
          }
        }
        case 2 -> {
          strokes = listOfStrokeAdapter.fromJson(reader);
          if (strokes == null) {
            throw JsonErrors.unexpectedNull("strokes", "strokes", reader);
          }
        }
        case 3 -> extra = shapeAdapter.fromJson(reader);
        case -1 -> {
          // A name Scene does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (name == null) {
      throw JsonErrors.missingProperty("name", "name", reader);
    }
    if (main == null) {
      throw JsonErrors.missingProperty("main", "main", reader);
    }
    if (strokes == null) {
      throw JsonErrors.missingProperty("strokes", "strokes", reader);
    }
    return new Scene(name, main, strokes, extra);
  }

  @Override
  public void toJson(JsonWriter writer, Scene value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("name");
    stringAdapter.toJson(writer, value.name());
    writer.name("main");
    shapeAdapter.toJson(writer, value.main());
    writer.name("strokes");
    listOfStrokeAdapter.toJson(writer, value.strokes());
    writer.name("extra");
    shapeAdapter.toJson(writer, value.extra());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Scene)";
  }
}
