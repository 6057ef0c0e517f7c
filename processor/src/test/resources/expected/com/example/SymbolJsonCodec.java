package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Symbol} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class SymbolJsonCodec implements JsonCodec<Symbol> {
  /**
   * The codec; it holds no state.
   */
  public static final SymbolJsonCodec INSTANCE = new SymbolJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("ticker");

  private static final byte[] TICKER = JsonOutput.encodeName("ticker");

  private SymbolJsonCodec() {
  }

  @Override
  public Symbol read(JsonInput in) {
    String ticker = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> ticker = in.nextString();
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (ticker == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Symbol(ticker);
  }

  @Override
  public void write(JsonOutput out, Symbol value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Symbol value) {
    String tickerValue = value.ticker();
    if (tickerValue != null) {
      out.name(TICKER);
      out.value(tickerValue);
    }
  }
}
