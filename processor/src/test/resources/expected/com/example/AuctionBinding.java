package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.ChannelBinding;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.JsonCodec;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Binds {@link Auction} to its generated dispatcher, descriptor and codecs; listed in
 * {@code META-INF/services} for the server to find.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class AuctionBinding extends ChannelBinding<Auction> {
  /**
   * Called by {@code ServiceLoader}.
   */
  public AuctionBinding() {
    super(Auction.class, AuctionDescriptor.CHANNEL);
  }

  @Override
  public int generatedCodeVersion() {
    return 5;
  }

  @Override
  public JsonAdapter.Factory jsonAdapterFactory() {
    return new AuctionJsonAdapterFactory();
  }

  @Override
  public Map<Class<?>, JsonCodec<?>> jsonCodecs() {
    return Map.ofEntries(Map.entry(Auction.Bid.class, Auction_BidJsonCodec.INSTANCE));
  }

  @Override
  public ChannelDispatcher<Auction> newDispatcher(Auction channel, Guards guards, Moshi moshi) {
    return new AuctionDispatcher(channel, guards, moshi);
  }
}
