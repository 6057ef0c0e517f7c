package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Returns the generated codecs of the types {@link Auction} reads and writes, so any
 * {@code Moshi} can use them.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class AuctionJsonAdapterFactory implements JsonAdapter.Factory {
  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == Auction.Bid.class) {
      return new Auction_BidJsonAdapter(moshi).nullSafe();
    }
    return null;
  }

  @Override
  public String toString() {
    return "AuctionJsonAdapterFactory";
  }
}
