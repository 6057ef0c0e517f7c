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
   * Whether it keeps time: else the server reads no clock for {@link ActionMetrics#handled}, {@link
   * #published}.
   */
  default boolean timed() {
    return false;
  }

  /** A client joined its room. */
  default void opened(String channel) {}

  /** A client that had joined left, its connection closed with {@code code}. */
  default void closed(String channel, int code) {}

  /** What is counted of one action: a frame's metrics, looked up once per frame. */
  interface ActionMetrics {
    /** The default: each call a no-op. */
    ActionMetrics NONE = new ActionMetrics() {};

    /** A frame was handled as this action. */
    default void frameIn() {}

    /** A limit refused a frame of this action. */
    default void rejected() {}

    /** Its handler returned (or threw) after {@code nanos}. */
    default void handled(long nanos) {}
  }

  /** The metrics of {@code action} (null for a frame that named none) on {@code channel}. */
  default ActionMetrics action(String channel, String action) {
    return ActionMetrics.NONE;
  }

  /** The count of the frames sent to clients of {@code channel}. */
  default Count framesOut(String channel) {
    return frames -> {};
  }

  /** An error frame was sent; {@code errors} is its English text. */
  default void error(String channel, String errors) {}

  /** A client too slow to read was closed. */
  default void slowClientClosed(String channel) {}

  /** The broker took {@code nanos} to take a broadcast. */
  default void published(long nanos) {}
}
