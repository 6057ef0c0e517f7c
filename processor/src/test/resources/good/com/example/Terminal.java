package com.example;

import io.channels4j.annotations.Channel;
import io.channels4j.annotations.Frames;
import io.channels4j.annotations.Limit;
import io.channels4j.annotations.OnBinary;
import io.channels4j.annotations.OnJoin;
import io.channels4j.annotations.OnText;
import io.channels4j.annotations.Permission;
import io.channels4j.runtime.ChannelContext;
import java.nio.ByteBuffer;

/** A plain-text channel: every text frame goes to line(), every binary frame to paste(). */
@Channel(path = "/terminal", frames = Frames.TEXT, maxConnections = 10)
@Permission(LoggedIn.class)
public interface Terminal {
  @OnText
  @Limit(times = 5, seconds = 1)
  void line(ChannelContext ctx, String text);

  @OnBinary
  default void paste(ChannelContext ctx, ByteBuffer data) {
    ctx.broadcastBinary(data);
  }

  @OnJoin
  default void joined(ChannelContext ctx) {
    ctx.sendText("welcome");
  }
}
