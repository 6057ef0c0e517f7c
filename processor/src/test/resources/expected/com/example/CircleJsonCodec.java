package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Circle} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class CircleJsonCodec implements JsonCodec<Circle> {
  /**
   * The codec; it holds no state.
   */
  public static final CircleJsonCodec INSTANCE = new CircleJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("radius");

  private static final byte[] RADIUS = JsonOutput.encodeName("radius");

  private CircleJsonCodec() {
  }

  @Override
  public Circle read(JsonInput in) {
    double radius = 0.0;
    boolean radiusFound = false;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> {
          radius = in.nextDouble();
          radiusFound = true;
        }
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (!radiusFound) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Circle(radius);
  }

  @Override
  public void write(JsonOutput out, Circle value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Circle value) {
    out.name(RADIUS);
    out.value(value.radius());
  }
}
