package io.channels4j.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.History;
import io.channels4j.annotations.Limit;
import io.channels4j.annotations.OnJoin;
import io.channels4j.annotations.OnLeave;
import io.channels4j.runtime.ChannelContext;

/**
 * The room {@code group_channel} at {@code /group}: up to 200 members who are told when they join
 * and when someone leaves, and who may chat once every three seconds. The room keeps its last 100
 * messages: a newcomer reads them with the built-in {@code history} action, and a member who
 * reconnects with {@code ?since=<last id>} is sent what it missed.
 */
@Channel(path = "/group", room = "group_channel", maxConnections = 200, messages = ChatEvent.class)
@History(size = 100)
public interface GroupChannel {
  /** Tells the new member {@code Join successfully}. */
  @OnJoin
  void joined(ChannelContext ctx);

  /** Tells the room {@code leave successfully}. */
  @OnLeave
  void left(ChannelContext ctx);

  /** Broadcasts a chat message to the room; once per three seconds per connection. */
  @Action("message")
  @Limit(times = 1, seconds = 3)
  void message(ChannelContext ctx, ChatMessage msg);

  /** Throws {@code PermissionDenied} that closes the socket with code 1002. */
  @Action("error_true")
  void errorTrue(ChannelContext ctx);

  /** Throws {@code PermissionDenied} that leaves the socket open. */
  @Action("error_false")
  void errorFalse(ChannelContext ctx);

  /** Closes the socket from the server side with code 1000. */
  @Action("close")
  void close(ChannelContext ctx);
}
