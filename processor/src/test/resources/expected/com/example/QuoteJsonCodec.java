package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Quote} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class QuoteJsonCodec implements JsonCodec<Quote> {
  /**
   * The codec; it holds no state.
   */
  public static final QuoteJsonCodec INSTANCE = new QuoteJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("ticker", "cents");

  private static final byte[] TICKER = JsonOutput.encodeName("ticker");

  private static final byte[] CENTS = JsonOutput.encodeName("cents");

  private QuoteJsonCodec() {
  }

  @Override
  public Quote read(JsonInput in) {
    String ticker = null;
    long cents = 0L;
    boolean centsFound = false;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> ticker = in.nextString();
        case 1 -> {
          cents = in.nextLong();
          centsFound = true;
        }
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (ticker == null || !centsFound) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Quote(ticker, cents);
  }

  @Override
  public void write(JsonOutput out, Quote value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Quote value) {
    String tickerValue = value.ticker();
    if (tickerValue != null) {
      out.name(TICKER);
      out.value(tickerValue);
    }
    out.name(CENTS);
    out.value(value.cents());
  }
}
