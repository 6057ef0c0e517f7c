package com.example;

import io.channels4j.annotations.Limit;
import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.LimitRule;
import io.channels4j.runtime.PermissionDescriptor;
import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * What {@link Terminal} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class TerminalDescriptor {
  /**
   * The {@code @OnText} method.
   */
  public static final ActionDescriptor ON_TEXT = ActionDescriptor.builder(ChannelDescriptor.ON_TEXT)
      .method("line")
      .payload("java.lang.String")
      .limits(LimitRule.of(5, Duration.ofSeconds(1), Limit.Scope.CONNECTION))
      .build();

  /**
   * The {@code @OnBinary} method.
   */
  public static final ActionDescriptor ON_BINARY = ActionDescriptor.builder(ChannelDescriptor.ON_BINARY)
      .method("paste")
      .payload("java.nio.ByteBuffer")
      .build();

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/terminal")
      .maxConnections(10)
      .permission(PermissionDescriptor.allOf("com.example.LoggedIn"))
      .textHandler(ON_TEXT)
      .binaryHandler(ON_BINARY)
      .build();

  private TerminalDescriptor() {
  }
}
