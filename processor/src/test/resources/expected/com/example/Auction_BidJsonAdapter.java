package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Auction.Bid} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Auction_BidJsonAdapter extends JsonAdapter<Auction.Bid> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("amount");

  private final JsonAdapter<Long> longAdapter;

  public Auction_BidJsonAdapter(Moshi moshi) {
    this.longAdapter = moshi.adapter(long.class);
  }

  @Override
  public Auction.Bid fromJson(JsonReader reader) throws IOException {
    Long amount = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> amount = longAdapter.fromJson(reader);
        case -1 -> {
          // A name Bid does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (amount == null) {
      throw JsonErrors.missingProperty("amount", "amount", reader);
    }
    return new Auction.Bid(amount);
  }

  @Override
  public void toJson(JsonWriter writer, Auction.Bid value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("amount");
    longAdapter.toJson(writer, value.amount());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Auction.Bid)";
  }
}
