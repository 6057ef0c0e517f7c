package com.example;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * What {@link Quotes} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class QuotesDescriptor {
  /**
   * The action {@code quote}.
   */
  public static final ActionDescriptor QUOTE = ActionDescriptor.builder("quote")
      .payload("com.example.Symbol", List.of("ticker"))
      .reply("com.example.Quote")
      .nonBlocking()
      .build();

  /**
   * The action {@code history}.
   */
  public static final ActionDescriptor HISTORY = ActionDescriptor.builder("history")
      .payload("com.example.Symbol", List.of("ticker"))
      .reply("java.util.List<com.example.Quote>")
      .nonBlocking()
      .build();

  /**
   * The action {@code watch}.
   */
  public static final ActionDescriptor WATCH = ActionDescriptor.builder("watch")
      .payload("com.example.Symbol", List.of("ticker"))
      .nonBlocking()
      .build();

  /**
   * The action {@code count}.
   */
  public static final ActionDescriptor COUNT = ActionDescriptor.builder("count")
      .reply("int")
      .nonBlocking()
      .build();

  /**
   * The action {@code reset}.
   */
  public static final ActionDescriptor RESET = ActionDescriptor.builder("reset")
      .build();

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/quotes")
      .actions(QUOTE, HISTORY, WATCH, COUNT, RESET)
      .build();

  private QuotesDescriptor() {
  }
}
