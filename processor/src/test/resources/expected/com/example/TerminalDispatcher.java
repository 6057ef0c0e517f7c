package com.example;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ActionNotExist;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.internal.ActionCall;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guard;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.PermissionRule;
import java.io.IOException;
import java.nio.ByteBuffer;
import javax.annotation.processing.Generated;

/**
 * Routes the frames of one mounted {@link Terminal} to its methods, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class TerminalDispatcher extends ChannelDispatcher<Terminal> {
  private final Guard lineGuard;

  private final Guard pasteGuard;

  TerminalDispatcher(Terminal channel, Guards guards, Moshi moshi) {
    super(channel, guards.channel(TerminalDescriptor.CHANNEL,
        PermissionRule.allOf(new LoggedIn())));
    this.lineGuard = guards.action(TerminalDescriptor.CHANNEL, TerminalDescriptor.ON_TEXT,
        PermissionRule.serverDefault());
    this.pasteGuard = guards.action(TerminalDescriptor.CHANNEL, TerminalDescriptor.ON_BINARY,
        PermissionRule.serverDefault());
  }

  @Override
  public Guard guard(String action) {
    // A text channel: the server gives frames to onText, never to an action.
    throw new ActionNotExist(action);
  }

  @Override
  public Object read(String action, JsonReader frame) throws IOException {
    return null;
  }

  @Override
  public Object read(String action, JsonInput in) {
    in.skipFrame();
    return null;
  }

  @Override
  public void invoke(String action, Object payload, ActionCall ctx) {
    switch (action) {
      default -> throw new ActionNotExist(action);
    }
  }

  @Override
  public void onText(ChannelContext ctx, String text) {
    lineGuard.check(ctx);
    channel.line(ctx, text);
  }

  @Override
  public void onBinary(ChannelContext ctx, byte[] data) {
    pasteGuard.check(ctx);
    channel.paste(ctx, ByteBuffer.wrap(data));
  }

  @Override
  public void onJoin(ChannelContext ctx) {
    channel.joined(ctx);
  }
}
