package io.channels4j.benchmarks.channel;

import io.channels4j.runtime.ChannelContext;

/** The bench channel's handlers: build the reply and send it. */
public final class BenchChannelImpl implements BenchChannel {
  @Override
  public void message(ChannelContext ctx, ChatFrame frame) {
    ctx.broadcast(ChatReply.to(ctx.action(), ctx.requestId(), frame));
  }

  @Override
  public void echo(ChannelContext ctx, ChatFrame frame) {
    ctx.reply(ChatReply.to(ctx.action(), ctx.requestId(), frame));
  }

  @Override
  public void post(ChannelContext ctx, Post post) {
    ctx.reply(post);
  }

  @Override
  public void large(ChannelContext ctx, Digest digest) {
    ctx.reply(digest);
  }

  @Override
  public void numbers(ChannelContext ctx, Readings readings) {
    ctx.reply(readings);
  }
}
