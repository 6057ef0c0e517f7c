package io.channels4j.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.Limit;
import io.channels4j.annotations.Permission;
import io.channels4j.runtime.ChannelContext;

/**
 * The room {@code person_channel} at {@code /person}: at most two members, and one action for each
 * kind of answer a channel can give.
 */
@Channel(path = "/person", room = "person_channel", maxConnections = 2, messages = ChatEvent.class)
public interface PersonChannel {
  /** Replies with the number of connections in the room; twice per 3000 seconds at most. */
  @Action("count")
  @Limit(times = 2, seconds = 3000)
  long count(ChannelContext ctx);

  /** Broadcasts a chat message to the room. */
  @Action("message")
  void message(ChannelContext ctx, ChatMessage msg);

  /** Always answers that the action is deprecated; the method never runs. */
  @Action(value = "deprecated_action", deprecated = true)
  void deprecatedAction(ChannelContext ctx);

  /** Always answers {@code Permission Denied}; the method never runs. */
  @Action("permission_denied")
  @Permission(deny = true)
  void permissionDenied(ChannelContext ctx);

  /** Throws {@code PermissionDenied} without closing the socket. */
  @Action("error")
  void error(ChannelContext ctx);

  /** Closes the socket from the server side with code 1000. */
  @Action("close")
  void close(ChannelContext ctx);
}
