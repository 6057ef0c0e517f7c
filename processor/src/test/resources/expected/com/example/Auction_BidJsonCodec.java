package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Auction.Bid} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Auction_BidJsonCodec implements JsonCodec<Auction.Bid> {
  /**
   * The codec; it holds no state.
   */
  public static final Auction_BidJsonCodec INSTANCE = new Auction_BidJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("amount");

  private static final byte[] AMOUNT = JsonOutput.encodeName("amount");

  private Auction_BidJsonCodec() {
  }

  @Override
  public Auction.Bid read(JsonInput in) {
    long amount = 0L;
    boolean amountFound = false;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> {
          amount = in.nextLong();
          amountFound = true;
        }
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (!amountFound) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Auction.Bid(amount);
  }

  @Override
  public void write(JsonOutput out, Auction.Bid value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Auction.Bid value) {
    out.name(AMOUNT);
    out.value(value.amount());
  }
}
