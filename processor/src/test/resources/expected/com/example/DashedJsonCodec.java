package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Dashed} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class DashedJsonCodec implements JsonCodec<Dashed> {
  /**
   * The codec; it holds no state.
   */
  public static final DashedJsonCodec INSTANCE = new DashedJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("width", "gap");

  private static final byte[] WIDTH = JsonOutput.encodeName("width");

  private static final byte[] GAP = JsonOutput.encodeName("gap");

  private DashedJsonCodec() {
  }

  @Override
  public Dashed read(JsonInput in) {
    int width = 0;
    boolean widthFound = false;
    int gap = 0;
    boolean gapFound = false;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> {
          width = in.nextInt();
          widthFound = true;
        }
        case 1 -> {
          gap = in.nextInt();
          gapFound = true;
        }
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (!widthFound || !gapFound) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Dashed(width, gap);
  }

  @Override
  public void write(JsonOutput out, Dashed value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Dashed value) {
    out.name(WIDTH);
    out.value(value.width());
    out.name(GAP);
    out.value(value.gap());
  }
}
