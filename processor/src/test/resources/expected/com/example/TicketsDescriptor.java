package com.example;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.FrameEnvelope;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * What {@link Tickets} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class TicketsDescriptor {
  /**
   * The action {@code open}.
   */
  public static final ActionDescriptor OPEN = ActionDescriptor.builder("open")
      .payload("com.example.Tickets.Open", List.of("title"))
      .reply("com.example.Tickets.Ticket")
      .build();

  /**
   * The action {@code note}.
   */
  public static final ActionDescriptor NOTE = ActionDescriptor.builder("note")
      .payload("java.lang.String")
      .reply("java.lang.String")
      .build();

  /**
   * The action {@code close}.
   */
  public static final ActionDescriptor CLOSE = ActionDescriptor.builder("close")
      .build();

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/tickets")
      .actions(OPEN, NOTE, CLOSE)
      .envelope(new FrameEnvelope("type", "id", "data", "com.example.Tickets.Reply"))
      .build();

  private TicketsDescriptor() {
  }
}
