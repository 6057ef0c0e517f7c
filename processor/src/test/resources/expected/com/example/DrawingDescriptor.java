package com.example;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * What {@link Drawing} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class DrawingDescriptor {
  /**
   * The action {@code draw}.
   */
  public static final ActionDescriptor DRAW = ActionDescriptor.builder("draw")
      .payload("com.example.Shape")
      .reply("com.example.Shape")
      .build();

  /**
   * The action {@code scene}.
   */
  public static final ActionDescriptor SCENE = ActionDescriptor.builder("scene")
      .payload("com.example.Scene", List.of("name", "main", "strokes", "extra"))
      .build();

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/drawing")
      .actions(DRAW, SCENE)
      .build();

  private DrawingDescriptor() {
  }
}
