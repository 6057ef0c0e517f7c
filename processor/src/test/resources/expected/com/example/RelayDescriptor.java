package com.example;

import io.channels4j.annotations.Limit;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.LimitRule;
import io.channels4j.runtime.PermissionDescriptor;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * What {@link Relay} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class RelayDescriptor {
  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = new ChannelDescriptor(
      "/relay",
      "",
      0,
      true,
      PermissionDescriptor.UNDECLARED,
      List.of(new LimitRule(10, 1000L, Limit.Scope.CONNECTION, true)),
      List.of(),
      HistoryPolicy.NONE);

  private RelayDescriptor() {
  }
}
