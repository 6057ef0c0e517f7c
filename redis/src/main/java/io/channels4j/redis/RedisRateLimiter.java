package io.channels4j.redis;

import io.channels4j.runtime.RateLimiter;
import io.channels4j.runtime.memory.MemoryRateLimiter;
import io.lettuce.core.RedisException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A sliding-log rate limiter shared by every node: a sorted set of hit times per key, updated by
 * one Lua script on Redis' clock, so node clocks don't matter.
 *
 * <p>While Redis is unreachable the limiter falls back to an in-memory one: limits then hold per
 * node rather than across the cluster, and the hits counted locally are not carried over.
 *
 * <p>It runs over a {@link RedisLink} it may share with a broker on the same URL.
 */
final class RedisRateLimiter implements RateLimiter {
  private final RedisLink link;
  private final MemoryRateLimiter fallback = new MemoryRateLimiter();
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * A limiter over {@code link}, connected here; a hold it gives back when it closes, or at once if
   * it can't connect.
   *
   * @throws IllegalStateException if Redis can't be reached and no degraded start was asked for
   */
  RedisRateLimiter(RedisLink link) {
    this.link = link;
    try {
      link.connect(() -> {}, () -> {});
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public long acquire(String key, int times, long windowMillis) {
    if (times < 1 || windowMillis < 1) {
      throw new IllegalArgumentException(
          "A limit needs times >= 1 and a window >= 1 ms, got " + times + "/" + windowMillis);
    }
    if (link.up()) {
      try {
        long wait =
            link.eval(
                Scripts.ACQUIRE,
                new String[] {link.keys().limit(key)},
                Integer.toString(times),
                Long.toString(windowMillis));
        link.health().noteRecovered();
        return wait;
      } catch (RedisException | IllegalStateException e) {
        link.health().noteDegraded(e);
      }
    } else {
      link.health().noteDegraded(null);
    }
    return fallback.acquire(key, times, windowMillis);
  }

  /** Whether the limiter currently reaches Redis. */
  boolean healthy() {
    return link.up();
  }

  @Override
  public String toString() {
    return "RedisRateLimiter("
        + link.settings().redacted()
        + (healthy() ? "" : ", unreachable")
        + ")";
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      link.release();
    }
  }
}
