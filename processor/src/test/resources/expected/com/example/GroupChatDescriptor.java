package com.example;

import io.channels4j.annotations.Limit;
import io.channels4j.annotations.Permission;
import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.LimitRule;
import io.channels4j.runtime.PermissionDescriptor;
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
  public static final ActionDescriptor MESSAGE = new ActionDescriptor(
      "message",
      "message",
      "com.example.ChatMessage",
      List.of("user", "message"),
      "",
      PermissionDescriptor.UNDECLARED,
      List.of(new LimitRule(1, 3000L, Limit.Scope.CONNECTION, false)),
      false);

  /**
   * The action {@code count}.
   */
  public static final ActionDescriptor COUNT = new ActionDescriptor(
      "count",
      "count",
      "",
      List.of(),
      "com.example.Count",
      PermissionDescriptor.UNDECLARED,
      List.of(),
      false);

  /**
   * The action {@code total}.
   */
  public static final ActionDescriptor TOTAL = new ActionDescriptor(
      "total",
      "total",
      "",
      List.of(),
      "int",
      PermissionDescriptor.UNDECLARED,
      List.of(),
      false);

  /**
   * The action {@code legacy}.
   */
  public static final ActionDescriptor LEGACY = new ActionDescriptor(
      "legacy",
      "legacy",
      "",
      List.of(),
      "",
      PermissionDescriptor.UNDECLARED,
      List.of(),
      true);

  /**
   * The action {@code secret}.
   */
  public static final ActionDescriptor SECRET = new ActionDescriptor(
      "secret",
      "secret",
      "",
      List.of(),
      "",
      new PermissionDescriptor(List.of("com.example.IsAdmin"), Permission.Mode.ALL_OF, false, true),
      List.of(),
      false);

  /**
   * The action {@code either}.
   */
  public static final ActionDescriptor EITHER = new ActionDescriptor(
      "either",
      "either",
      "com.example.ChatMessage",
      List.of("user", "message"),
      "java.lang.String",
      new PermissionDescriptor(List.of("com.example.IsAdmin", "com.example.LoggedIn"),
          Permission.Mode.ANY_OF, false, true),
      List.of(new LimitRule(5, 60000L, Limit.Scope.USER, false),
          new LimitRule(100, 3600000L, Limit.Scope.REMOTE_ADDRESS, false)),
      false);

  /**
   * The action {@code never}.
   */
  public static final ActionDescriptor NEVER = new ActionDescriptor(
      "never",
      "never",
      "",
      List.of(),
      "",
      new PermissionDescriptor(List.of(), Permission.Mode.ALL_OF, true, true),
      List.of(),
      false);

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = new ChannelDescriptor(
      "/group",
      "group_channel",
      200,
      false,
      new PermissionDescriptor(List.of("com.example.LoggedIn"), Permission.Mode.ALL_OF, false,
          true),
      List.of(new LimitRule(20, 1000L, Limit.Scope.CONNECTION, false)),
      List.of(MESSAGE, COUNT, TOTAL, LEGACY, SECRET, EITHER, NEVER),
      new HistoryPolicy(100, 3600000L));

  private GroupChatDescriptor() {
  }
}
