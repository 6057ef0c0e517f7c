package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Square} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class SquareJsonCodec implements JsonCodec<Square> {
  /**
   * The codec; it holds no state.
   */
  public static final SquareJsonCodec INSTANCE = new SquareJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("side", "color");

  private static final byte[] SIDE = JsonOutput.encodeName("side");

  private static final byte[] COLOUR = JsonOutput.encodeName("color");

  private SquareJsonCodec() {
  }

  @Override
  public Square read(JsonInput in) {
    double side = 0.0;
    boolean sideFound = false;
    String colour = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> {
          side = in.nextDouble();
          sideFound = true;
        }
        case 1 -> colour = in.nextString();
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (!sideFound || colour == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Square(side, colour);
  }

  @Override
  public void write(JsonOutput out, Square value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Square value) {
    out.name(SIDE);
    out.value(value.side());
    String colourValue = value.colour();
    if (colourValue != null) {
      out.name(COLOUR);
      out.value(colourValue);
    }
  }
}
