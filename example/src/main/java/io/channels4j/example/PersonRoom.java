package io.channels4j.example;

import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionDenied;

/** The handlers of {@link PersonChannel}. */
final class PersonRoom implements PersonChannel {
  @Override
  public long count(ChannelContext ctx) {
    return ctx.connectionCount();
  }

  @Override
  public void message(ChannelContext ctx, ChatMessage msg) {
    ChatEvent.broadcastMessage(ctx, msg);
  }

  @Override
  public void deprecatedAction(ChannelContext ctx) {
    // Never called: the generated dispatcher answers with the deprecation error.
  }

  @Override
  public void permissionDenied(ChannelContext ctx) {
    // Never called: @Permission(deny = true) refuses every frame first.
  }

  @Override
  public void error(ChannelContext ctx) {
    throw new PermissionDenied(false);
  }

  @Override
  public void close(ChannelContext ctx) {
    ctx.close(1000, "Closed by request");
  }
}
