package io.channels4j.test;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.History;
import io.channels4j.annotations.Limit;
import io.channels4j.annotations.Permission;
import io.channels4j.runtime.ChannelContext;

/**
 * A channel with one action of each kind a test kit must see through, for its {@code RoomClient}.
 */
@Channel(
    path = "/room/{name}",
    room = "room:{name}",
    messages = {Room.Said.class, Room.Notice.class})
@History(size = 10, ttlSeconds = 60)
public interface Room {
  record Say(String user, String text) {}

  record Said(String user, String text) {}

  record Notice(int level) {}

  /** A broadcast to the room. */
  @Action("say")
  default void say(ChannelContext ctx, Say say) {
    ctx.broadcast(new Said(say.user(), say.text()));
  }

  /** A notice to the sender only. */
  @Action("notice")
  default void notice(ChannelContext ctx) {
    ctx.reply(new Notice(3));
  }

  @Action("count")
  default long count(ChannelContext ctx) {
    return ctx.connectionCount();
  }

  /** Once per ten minutes: a window that takes no time on the test's clock. */
  @Action("poll")
  @Limit(times = 1, minutes = 10)
  default long poll() {
    return 1;
  }

  /** A request refused: its stage fails with the error frame. */
  @Action("admin")
  @Permission(deny = true)
  default long admin() {
    return 0;
  }

  /** No reply, and refused: the error frame answers no request. */
  @Action("denied")
  @Permission(deny = true)
  default void denied() {}

  @Action("kick")
  default void kick(ChannelContext ctx) {
    ctx.close(4001, "kicked");
  }
}
