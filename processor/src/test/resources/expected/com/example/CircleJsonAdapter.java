package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Circle} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class CircleJsonAdapter extends JsonAdapter<Circle> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("radius");

  private final JsonAdapter<Double> doubleAdapter;

  public CircleJsonAdapter(Moshi moshi) {
    this.doubleAdapter = moshi.adapter(double.class);
  }

  @Override
  public Circle fromJson(JsonReader reader) throws IOException {
    Double radius = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> radius = doubleAdapter.fromJson(reader);
        case -1 -> {
          // A name Circle does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (radius == null) {
      throw JsonErrors.missingProperty("radius", "radius", reader);
    }
    return new Circle(radius);
  }

  @Override
  public void toJson(JsonWriter writer, Circle value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("radius");
    doubleAdapter.toJson(writer, value.radius());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Circle)";
  }
}
