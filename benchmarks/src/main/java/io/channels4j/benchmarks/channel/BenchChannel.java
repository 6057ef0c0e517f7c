package io.channels4j.benchmarks.channel;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.NonBlocking;
import io.channels4j.runtime.ChannelContext;

/**
 * The bench protocol on {@code /group}, one room, no limits: {@code message} goes to every member
 * and {@code echo} back to the sender, both as {@link ChatReply}; {@code post}, {@code large} and
 * {@code numbers} send their payload back (the JMH benchmarks' larger frames). No handler ever
 * blocks, so each is {@link NonBlocking}: it runs on the connection's I/O thread in the default
 * configuration too.
 */
@Channel(
    path = "/group",
    room = "bench",
    messages = {ChatReply.class, Post.class, Digest.class, Readings.class})
public interface BenchChannel {
  /** Broadcasts the message to the room. */
  @NonBlocking
  @Action("message")
  void message(ChannelContext ctx, ChatFrame frame);

  /** Sends the message back to the sender. */
  @NonBlocking
  @Action("echo")
  void echo(ChannelContext ctx, ChatFrame frame);

  /** Sends the post back to the sender. */
  @NonBlocking
  @Action("post")
  void post(ChannelContext ctx, Post post);

  /** Sends the digest back to the sender. */
  @NonBlocking
  @Action("large")
  void large(ChannelContext ctx, Digest digest);

  /** Sends the readings back to the sender. */
  @NonBlocking
  @Action("numbers")
  void numbers(ChannelContext ctx, Readings readings);
}
