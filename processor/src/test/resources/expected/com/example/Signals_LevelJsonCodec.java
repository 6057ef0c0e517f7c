package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Signals.Level} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Signals_LevelJsonCodec implements JsonCodec<Signals.Level> {
  /**
   * The codec; it holds no state.
   */
  public static final Signals_LevelJsonCodec INSTANCE = new Signals_LevelJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("value");

  private static final byte[] VALUE = JsonOutput.encodeName("value");

  private Signals_LevelJsonCodec() {
  }

  @Override
  public Signals.Level read(JsonInput in) {
    int value_ = 0;
    boolean valueFound = false;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> {
          value_ = in.nextInt();
          valueFound = true;
        }
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (!valueFound) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Signals.Level(value_);
  }

  @Override
  public void write(JsonOutput out, Signals.Level value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Signals.Level value) {
    out.name(VALUE);
    out.value(value.value());
  }
}
