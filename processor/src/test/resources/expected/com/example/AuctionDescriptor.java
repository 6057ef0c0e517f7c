package com.example;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.ProvidedValue;
import java.time.Clock;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * What {@link Auction} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class AuctionDescriptor {
  /**
   * The action {@code bid}.
   */
  public static final ActionDescriptor BID = ActionDescriptor.builder("bid")
      .payload("com.example.Auction.Bid", List.of("amount"))
      .reply("long")
      .build();

  /**
   * The action {@code look}.
   */
  public static final ActionDescriptor LOOK = ActionDescriptor.builder("look")
      .build();

  /**
   * The action {@code legacy}.
   */
  public static final ActionDescriptor LEGACY = ActionDescriptor.builder("legacy")
      .payload("com.example.Auction.Bid", List.of("amount"))
      .build();

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/auction/{lot}/{color}/{id}/{live}/{price}")
      .room("auction:{lot}")
      .actions(BID, LOOK, LEGACY)
      .provided(ProvidedValue.of("look", Clock.class), ProvidedValue.of("left", Clock.class))
      .build();

  private AuctionDescriptor() {
  }
}
