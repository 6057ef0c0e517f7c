package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Solid} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class SolidJsonCodec implements JsonCodec<Solid> {
  /**
   * The codec; it holds no state.
   */
  public static final SolidJsonCodec INSTANCE = new SolidJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("width");

  private static final byte[] WIDTH = JsonOutput.encodeName("width");

  private SolidJsonCodec() {
  }

  @Override
  public Solid read(JsonInput in) {
    int width = 0;
    boolean widthFound = false;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> {
          width = in.nextInt();
          widthFound = true;
        }
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (!widthFound) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Solid(width);
  }

  @Override
  public void write(JsonOutput out, Solid value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Solid value) {
    out.name(WIDTH);
    out.value(value.width());
  }
}
