package io.channels4j.example;

import io.channels4j.runtime.ChannelContext;

/** The handlers of {@link DropChannel}. */
final class DropRoom implements DropChannel {
  @Override
  public void drop(ChannelContext ctx, byte[] data) {
    ctx.broadcastBinary(data);
  }

  @Override
  public long count(ChannelContext ctx) {
    return ctx.connectionCount();
  }
}
