package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Stroke} as a JSON object of one of its records, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class StrokeJsonAdapter extends JsonAdapter<Stroke> {
  private static final JsonReader.Options DISCRIMINATOR = JsonReader.Options.of("kind");

  private static final JsonReader.Options LABELS = JsonReader.Options.of("solid", "dashed");

  private final JsonAdapter<Solid> solidAdapter;

  private final JsonAdapter<Dashed> dashedAdapter;

  public StrokeJsonAdapter(Moshi moshi) {
    this.solidAdapter = new SolidJsonAdapter(moshi);
    this.dashedAdapter = new DashedJsonAdapter(moshi);
  }

  @Override
  public Stroke fromJson(JsonReader reader) throws IOException {
    return switch (label(reader.peekJson())) {
      case 0 -> solidAdapter.fromJson(reader);
      default -> dashedAdapter.fromJson(reader);
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
        throw new JsonDataException("Expected one of [solid, dashed] for key 'kind' but found '"
            + peek.nextString() + "' at path " + path);
      }
      return label;
    }
    throw new JsonDataException("Missing label for 'kind' at path " + object);
  }

  @Override
  public void toJson(JsonWriter writer, Stroke value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("kind");
    int flattened = writer.beginFlatten();
    if (value instanceof Solid solid) {
      writer.value("solid");
      solidAdapter.toJson(writer, solid);
    } else if (value instanceof Dashed dashed) {
      writer.value("dashed");
      dashedAdapter.toJson(writer, dashed);
    }
    writer.endFlatten(flattened);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Stroke)";
  }
}
