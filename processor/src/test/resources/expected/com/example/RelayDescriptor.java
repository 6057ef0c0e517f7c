package com.example;

import io.channels4j.annotations.Limit;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.LimitRule;
import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * What {@link Relay} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class RelayDescriptor {
  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/relay")
      .relay()
      .limits(LimitRule.of(10, Duration.ofSeconds(1), Limit.Scope.CONNECTION).closing())
      .build();

  private RelayDescriptor() {
  }
}
