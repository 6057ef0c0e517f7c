package com.example;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * What {@link Shop} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ShopDescriptor {
  /**
   * The action {@code buy}.
   */
  public static final ActionDescriptor BUY = ActionDescriptor.builder("buy")
      .payload("com.example.Order", List.of("price", "extras", "tip", "at", "points"))
      .reply("com.example.Money")
      .build();

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/shop")
      .actions(BUY)
      .build();

  private ShopDescriptor() {
  }
}
