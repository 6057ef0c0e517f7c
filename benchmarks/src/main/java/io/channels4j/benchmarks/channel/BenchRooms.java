package io.channels4j.benchmarks.channel;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.NonBlocking;
import io.channels4j.runtime.ChannelContext;

/**
 * The bench protocol over many rooms: {@code /rooms/NAME} joins room {@code rooms:NAME}, where
 * {@code message} goes to every member as a {@link ChatReply}, as on {@link BenchChannel}'s one
 * room. An unknown action is answered with an error frame to the sender alone, which the load tool
 * uses as a fence: once it comes back, the connection has joined.
 */
@Channel(path = "/rooms/{name}", room = "rooms:{name}", messages = ChatReply.class)
public interface BenchRooms {
  /** Broadcasts the message to the room. */
  @NonBlocking
  @Action("message")
  default void message(ChannelContext ctx, ChatFrame frame) {
    ctx.broadcast(ChatReply.to(ctx.action(), ctx.requestId(), frame));
  }
}
