package io.channels4j.runtime;

import java.time.Duration;

/**
 * How much history the rooms of a channel keep, as declared with {@code @History}.
 *
 * @param size the most recent messages kept per room; zero means the rooms keep no history
 * @param ttlMillis how long a message is kept; zero means until newer messages push it out
 */
public record HistoryPolicy(int size, long ttlMillis) {
  /** No history: broadcasts are delivered and forgotten. */
  public static final HistoryPolicy NONE = new HistoryPolicy(0, 0);

  /** The {@code size} most recent messages of each room, kept until newer ones push them out. */
  public static HistoryPolicy keepLast(int size) {
    return new HistoryPolicy(size, 0);
  }

  /** This policy, also dropping each message {@code ttl} after it was published. */
  public HistoryPolicy expiringAfter(Duration ttl) {
    return new HistoryPolicy(size, ttl.toMillis());
  }

  /** Checks the values. */
  public HistoryPolicy {
    if (size < 0 || ttlMillis < 0) {
      throw new IllegalArgumentException(
          "History size and time to live must not be negative: " + size + ", " + ttlMillis);
    }
  }

  /** Whether the rooms keep history at all. */
  public boolean enabled() {
    return size > 0;
  }
}
