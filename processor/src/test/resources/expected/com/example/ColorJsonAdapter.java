package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Color} as a JSON string, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ColorJsonAdapter extends JsonAdapter<Color> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("red", "GREEN",
      "dark-blue");

  /**
   * Needs no other adapter; takes {@code moshi} like every generated codec.
   */
  public ColorJsonAdapter(Moshi moshi) {
  }

  @Override
  public Color fromJson(JsonReader reader) throws IOException {
    return switch (reader.selectString(OPTIONS)) {
      case 0 -> Color.RED;
      case 1 -> Color.GREEN;
      case 2 -> Color.BLUE;
      default -> throw unknownName(reader);
    };
  }

  private static JsonDataException unknownName(JsonReader reader) throws IOException {
    // Not one of the names, or not a string: nextString() says which.
    String path = reader.getPath();
    String name = reader.nextString();
    return new JsonDataException(
        "Expected one of [red, GREEN, dark-blue] but was " + name + " at path " + path);
  }

  @Override
  public void toJson(JsonWriter writer, Color value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    switch (value) {
      case RED -> writer.value("red");
      case GREEN -> writer.value("GREEN");
      case BLUE -> writer.value("dark-blue");
    }
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Color)";
  }
}
