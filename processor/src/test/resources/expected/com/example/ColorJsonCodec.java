package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Color} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ColorJsonCodec implements JsonCodec<Color> {
  /**
   * The codec; it holds no state.
   */
  public static final ColorJsonCodec INSTANCE = new ColorJsonCodec();

  private ColorJsonCodec() {
  }

  @Override
  public Color read(JsonInput in) {
    return switch (in.nextString()) {
      case "red" -> Color.RED;
      case "GREEN" -> Color.GREEN;
      case "dark-blue" -> Color.BLUE;
      default -> throw JsonInput.miss();
    };
  }

  @Override
  public void write(JsonOutput out, Color value) {
    switch (value) {
      case RED -> out.value("red");
      case GREEN -> out.value("GREEN");
      case BLUE -> out.value("dark-blue");
    }
  }
}
