package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Rooms.Line} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Rooms_LineJsonCodec implements JsonCodec<Rooms.Line> {
  /**
   * The codec; it holds no state.
   */
  public static final Rooms_LineJsonCodec INSTANCE = new Rooms_LineJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("text", "at");

  private static final byte[] TEXT = JsonOutput.encodeName("text");

  private static final byte[] AT = JsonOutput.encodeName("at");

  private Rooms_LineJsonCodec() {
  }

  @Override
  public Rooms.Line read(JsonInput in) {
    String text = null;
    long at = 0L;
    boolean atFound = false;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> text = in.nextString();
        case 1 -> {
          at = in.nextLong();
          atFound = true;
        }
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (text == null || !atFound) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Rooms.Line(text, at);
  }

  @Override
  public void write(JsonOutput out, Rooms.Line value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Rooms.Line value) {
    String textValue = value.text();
    if (textValue != null) {
      out.name(TEXT);
      out.value(textValue);
    }
    out.name(AT);
    out.value(value.at());
  }
}
