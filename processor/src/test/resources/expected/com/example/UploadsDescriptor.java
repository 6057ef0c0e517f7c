package com.example;

import io.channels4j.annotations.Limit;
import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.LimitRule;
import io.channels4j.runtime.PermissionDescriptor;
import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * What {@link Uploads} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class UploadsDescriptor {
  /**
   * The action {@code size}.
   */
  public static final ActionDescriptor SIZE = ActionDescriptor.builder("size")
      .reply("long")
      .build();

  /**
   * The {@code @OnBinary} method.
   */
  public static final ActionDescriptor ON_BINARY = ActionDescriptor.builder(ChannelDescriptor.ON_BINARY)
      .method("upload")
      .payload("byte[]")
      .permission(PermissionDescriptor.allOf("com.example.IsAdmin"))
      .limits(LimitRule.of(2, Duration.ofMinutes(1), Limit.Scope.CONNECTION))
      .build();

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/uploads")
      .actions(SIZE)
      .binaryHandler(ON_BINARY)
      .build();

  private UploadsDescriptor() {
  }
}
