package com.example;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.FrameEnvelope;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * What {@link Signals} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class SignalsDescriptor {
  /**
   * The action {@code level}.
   */
  public static final ActionDescriptor LEVEL = ActionDescriptor.builder("level")
      .payload("com.example.Signals.Level", List.of("value"))
      .reply("int")
      .build();

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/signals")
      .actions(LEVEL)
      .envelope(new FrameEnvelope("op", "seq", "", "com.example.Signals.Answer"))
      .build();

  private SignalsDescriptor() {
  }
}
