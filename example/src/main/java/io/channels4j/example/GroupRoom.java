package io.channels4j.example;

import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionDenied;

/** The handlers of {@link GroupChannel}. */
final class GroupRoom implements GroupChannel {
  @Override
  public void joined(ChannelContext ctx) {
    ctx.reply(ChatEvent.notice(ctx, "join", "Join successfully"));
  }

  @Override
  public void left(ChannelContext ctx) {
    ctx.broadcast(ChatEvent.notice(ctx, "leave", "leave successfully"));
  }

  @Override
  public void message(ChannelContext ctx, ChatMessage msg) {
    ChatEvent.broadcastMessage(ctx, msg);
  }

  @Override
  public void errorTrue(ChannelContext ctx) {
    throw new PermissionDenied(true);
  }

  @Override
  public void errorFalse(ChannelContext ctx) {
    throw new PermissionDenied(false);
  }

  @Override
  public void close(ChannelContext ctx) {
    ctx.close(1000, "Closed by request");
  }
}
