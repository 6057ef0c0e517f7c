package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Tickets.Open} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Tickets_OpenJsonCodec implements JsonCodec<Tickets.Open> {
  /**
   * The codec; it holds no state.
   */
  public static final Tickets_OpenJsonCodec INSTANCE = new Tickets_OpenJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("title");

  private static final byte[] TITLE = JsonOutput.encodeName("title");

  private Tickets_OpenJsonCodec() {
  }

  @Override
  public Tickets.Open read(JsonInput in) {
    String title = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> title = in.nextString();
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (title == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Tickets.Open(title);
  }

  @Override
  public void write(JsonOutput out, Tickets.Open value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Tickets.Open value) {
    String titleValue = value.title();
    if (titleValue != null) {
      out.name(TITLE);
      out.value(titleValue);
    }
  }
}
