package com.example;

import io.channels4j.annotations.Limit;
import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.LimitRule;
import io.channels4j.runtime.PermissionDescriptor;
import java.time.Duration;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * What {@link GroupChat} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class GroupChatDescriptor {
  /**
   * The action {@code message}.
   */
  public static final ActionDescriptor MESSAGE = ActionDescriptor.builder("message")
      .payload("com.example.ChatMessage", List.of("user", "message"))
      .limits(LimitRule.of(1, Duration.ofSeconds(3), Limit.Scope.CONNECTION))
      .build();

  /**
   * The action {@code count}.
   */
  public static final ActionDescriptor COUNT = ActionDescriptor.builder("count")
      .reply("com.example.Count")
      .build();

  /**
   * The action {@code total}.
   */
  public static final ActionDescriptor TOTAL = ActionDescriptor.builder("total")
      .reply("int")
      .build();

  /**
   * The action {@code legacy}.
   */
  public static final ActionDescriptor LEGACY = ActionDescriptor.builder("legacy")
      .deprecated()
      .build();

  /**
   * The action {@code secret}.
   */
  public static final ActionDescriptor SECRET = ActionDescriptor.builder("secret")
      .permission(PermissionDescriptor.allOf("com.example.IsAdmin"))
      .build();

  /**
   * The action {@code either}.
   */
  public static final ActionDescriptor EITHER = ActionDescriptor.builder("either")
      .payload("com.example.ChatMessage", List.of("user", "message"))
      .reply("java.lang.String")
      .permission(PermissionDescriptor.anyOf("com.example.IsAdmin", "com.example.LoggedIn"))
      .limits(
          LimitRule.of(5, Duration.ofMinutes(1), Limit.Scope.USER),
          LimitRule.of(100, Duration.ofHours(1), Limit.Scope.REMOTE_ADDRESS))
      .build();

  /**
   * The action {@code never}.
   */
  public static final ActionDescriptor NEVER = ActionDescriptor.builder("never")
      .permission(PermissionDescriptor.denyAll())
      .build();

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/group")
      .room("group_channel")
      .maxConnections(200)
      .permission(PermissionDescriptor.allOf("com.example.LoggedIn"))
      .limits(LimitRule.of(20, Duration.ofSeconds(1), Limit.Scope.CONNECTION))
      .actions(MESSAGE, COUNT, TOTAL, LEGACY, SECRET, EITHER, NEVER)
      .history(HistoryPolicy.keepLast(100).expiringAfter(Duration.ofHours(1)))
      .build();

  private GroupChatDescriptor() {
  }
}
