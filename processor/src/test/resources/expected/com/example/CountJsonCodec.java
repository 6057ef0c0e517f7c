package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Count} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class CountJsonCodec implements JsonCodec<Count> {
  /**
   * The codec; it holds no state.
   */
  public static final CountJsonCodec INSTANCE = new CountJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("count");

  private static final byte[] COUNT = JsonOutput.encodeName("count");

  private CountJsonCodec() {
  }

  @Override
  public Count read(JsonInput in) {
    int count = 0;
    boolean countFound = false;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> {
          count = in.nextInt();
          countFound = true;
        }
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (!countFound) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Count(count);
  }

  @Override
  public void write(JsonOutput out, Count value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Count value) {
    out.name(COUNT);
    out.value(value.count());
  }
}
