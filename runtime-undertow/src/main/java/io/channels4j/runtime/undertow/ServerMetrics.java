package io.channels4j.runtime.undertow;

/**
 * What the server tells its metrics: one call per event, tagged by the channel's path template and
 * the action's name as the frame gave it (null if it named none), never by a room or a user. {@link
 * #NONE} by default; {@link MicrometerMetrics} when the builder was given a Micrometer registry.
 */
interface ServerMetrics {
  /** The default: no metrics, each call a no-op. */
  ServerMetrics NONE = new ServerMetrics() {};

  /** Counts frames of one kind, for an object that counts often (a connection's outbox). */
  @FunctionalInterface
  interface Count {
    void add(int frames);
  }

  /**
   * Whether it keeps time: else the server reads no clock for {@link #handled}, {@link #published}.
   */
  default boolean timed() {
    return false;
  }

  /** A client joined its room. */
  default void opened(String channel) {}

  /** A client that had joined left, its connection closed with {@code code}. */
  default void closed(String channel, int code) {}

  /** A frame was handled as {@code action}. */
  default void frameIn(String channel, String action) {}

  /** The count of the frames sent to clients of {@code channel}. */
  default Count framesOut(String channel) {
    return frames -> {};
  }

  /** An error frame was sent; {@code errors} is its English text. */
  default void error(String channel, String errors) {}

  /** A limit refused a frame of {@code action}. */
  default void rejected(String channel, String action) {}

  /** A client too slow to read was closed. */
  default void slowClientClosed(String channel) {}

  /** The handler of {@code action} returned (or threw) after {@code nanos}. */
  default void handled(String channel, String action, long nanos) {}

  /** The broker took {@code nanos} to take a broadcast. */
  default void published(long nanos) {}
}
