package com.example;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.PermissionDescriptor;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * What {@link Rooms.Chat} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Rooms_ChatDescriptor {
  /**
   * The action {@code say}.
   */
  public static final ActionDescriptor SAY = new ActionDescriptor(
      "say",
      "say",
      "com.example.Rooms.Line",
      List.of("text", "at"),
      "",
      PermissionDescriptor.UNDECLARED,
      List.of(),
      false);

  /**
   * The action {@code history}.
   */
  public static final ActionDescriptor HISTORY = new ActionDescriptor(
      "history",
      "history",
      "",
      List.of(),
      "com.example.Rooms.Line[]",
      PermissionDescriptor.UNDECLARED,
      List.of(),
      false);

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = new ChannelDescriptor(
      "/chat/{topic}/{lang}",
      "chat:{topic}:{lang}",
      0,
      false,
      PermissionDescriptor.UNDECLARED,
      List.of(),
      List.of(SAY, HISTORY),
      HistoryPolicy.NONE);

  private Rooms_ChatDescriptor() {
  }
}
