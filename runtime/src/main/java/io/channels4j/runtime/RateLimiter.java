package io.channels4j.runtime;

/**
 * Counts hits per key and says when a key is over its limit.
 *
 * <p>A limit of {@code times} per {@code windowMillis} allows at most {@code times} hits within any
 * window of that length (a sliding window: no burst is let through at a window's edge). The
 * in-memory limiter, the default, counts on one node.
 */
public interface RateLimiter extends AutoCloseable {
  /**
   * Records one hit against {@code key} if the limit allows it.
   *
   * @return 0 if the hit was allowed and recorded, otherwise the milliseconds until one would be
   */
  long acquire(String key, int times, long windowMillis);

  /** Releases the limiter's resources. */
  @Override
  default void close() {}
}
