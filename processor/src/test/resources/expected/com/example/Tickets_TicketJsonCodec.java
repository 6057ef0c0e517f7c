package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Tickets.Ticket} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Tickets_TicketJsonCodec implements JsonCodec<Tickets.Ticket> {
  /**
   * The codec; it holds no state.
   */
  public static final Tickets_TicketJsonCodec INSTANCE = new Tickets_TicketJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("number", "title");

  private static final byte[] NUMBER = JsonOutput.encodeName("number");

  private static final byte[] TITLE = JsonOutput.encodeName("title");

  private Tickets_TicketJsonCodec() {
  }

  @Override
  public Tickets.Ticket read(JsonInput in) {
    long number = 0L;
    boolean numberFound = false;
    String title = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> {
          number = in.nextLong();
          numberFound = true;
        }
        case 1 -> title = in.nextString();
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (!numberFound || title == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Tickets.Ticket(number, title);
  }

  @Override
  public void write(JsonOutput out, Tickets.Ticket value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Tickets.Ticket value) {
    out.name(NUMBER);
    out.value(value.number());
    String titleValue = value.title();
    if (titleValue != null) {
      out.name(TITLE);
      out.value(titleValue);
    }
  }
}
