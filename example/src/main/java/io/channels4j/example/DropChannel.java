package io.channels4j.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.Limit;
import io.channels4j.annotations.OnBinary;
import io.channels4j.runtime.ChannelContext;

/**
 * The room {@code drop} at {@code /drop}: binary frames (a picture, a file) shared with everyone in
 * the room as they are, beside JSON actions on the same socket.
 */
@Channel(path = "/drop", room = "drop", maxConnections = 50)
public interface DropChannel {
  /** Sends the frame's bytes, unchanged, to every member, the sender included; 5 per 10 s. */
  @OnBinary
  @Limit(times = 5, seconds = 10)
  void drop(ChannelContext ctx, byte[] data);

  /** Replies with the number of connections in the room. */
  @Action("count")
  long count(ChannelContext ctx);
}
