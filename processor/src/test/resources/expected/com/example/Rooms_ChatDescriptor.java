package com.example;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
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
  public static final ActionDescriptor SAY = ActionDescriptor.builder("say")
      .payload("com.example.Rooms.Line", List.of("text", "at"))
      .build();

  /**
   * The action {@code history}.
   */
  public static final ActionDescriptor HISTORY = ActionDescriptor.builder("history")
      .reply("com.example.Rooms.Line[]")
      .build();

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/chat/{topic}/{lang}")
      .room("chat:{topic}:{lang}")
      .actions(SAY, HISTORY)
      .build();

  private Rooms_ChatDescriptor() {
  }
}
