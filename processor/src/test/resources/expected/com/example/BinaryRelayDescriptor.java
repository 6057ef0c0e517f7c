package com.example;

import io.channels4j.runtime.ChannelDescriptor;
import javax.annotation.processing.Generated;

/**
 * What {@link BinaryRelay} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class BinaryRelayDescriptor {
  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/binary-relay")
      .relay()
      .relayBinary()
      .build();

  private BinaryRelayDescriptor() {
  }
}
