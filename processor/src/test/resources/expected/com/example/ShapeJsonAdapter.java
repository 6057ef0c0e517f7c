package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonAdapters;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Shape} as a JSON object of one of its records, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ShapeJsonAdapter extends JsonAdapter<Shape> {
  private static final JsonReader.Options DISCRIMINATOR = JsonReader.Options.of("type");

  private static final JsonReader.Options LABELS = JsonReader.Options.of("circle", "Square",
      "group");

  private final JsonAdapter<Circle> circleAdapter;

  private final JsonAdapter<Square> squareAdapter;

  private final JsonAdapter<Group> groupAdapter;

  public ShapeJsonAdapter(Moshi moshi) {
    this.circleAdapter = new CircleJsonAdapter(moshi);
    this.squareAdapter = new SquareJsonAdapter(moshi);
    this.groupAdapter = JsonAdapters.lazy(() -> new GroupJsonAdapter(moshi).nullSafe());
  }

  @Override
  public Shape fromJson(JsonReader reader) throws IOException {
    return switch (label(reader.peekJson())) {
      case 0 -> circleAdapter.fromJson(reader);
      case 1 -> squareAdapter.fromJson(reader);
      default -> groupAdapter.fromJson(reader);
    };
  }

  private static int label(JsonReader peek) throws IOException {
    String object = peek.getPath();
    peek.beginObject();
    while (peek.hasNext()) {
      if (peek.selectName(DISCRIMINATOR) == -1) {
        peek.skipName();
        peek.skipValue();
        continue;
      }
      String path = peek.getPath();
      int label = peek.selectString(LABELS);
      if (label == -1) {
        // Not a label: nextString() gives the value (and refuses an object or array).
        throw new JsonDataException("Expected one of [circle, Square, group] for key 'type' but found '"
            + peek.nextString() + "' at path " + path);
      }
      return label;
    }
    throw new JsonDataException("Missing label for 'type' at path " + object);
  }

  @Override
  public void toJson(JsonWriter writer, Shape value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("type");
    int flattened = writer.beginFlatten();
    if (value instanceof Circle circle) {
      writer.value("circle");
      circleAdapter.toJson(writer, circle);
    } else if (value instanceof Square square) {
      writer.value("Square");
      squareAdapter.toJson(writer, square);
    } else if (value instanceof Group group) {
      writer.value("group");
      groupAdapter.toJson(writer, group);
    }
    writer.endFlatten(flattened);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Shape)";
  }
}
