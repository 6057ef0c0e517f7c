package io.channels4j.redis;

import io.channels4j.runtime.RateLimiter;
import io.channels4j.runtime.memory.MemoryRateLimiter;
import io.lettuce.core.RedisException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sliding-log rate limiter shared by every node: a sorted set of hit times per key, updated by
 * one Lua script on Redis' clock, so node clocks don't matter.
 *
 * <p>While Redis is unreachable the limiter falls back to an in-memory one: limits then hold per
 * node rather than across the cluster, and the hits counted locally are not carried over.
 */
final class RedisRateLimiter implements RateLimiter {
  private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);

  private final RedisLink link;
  private final MemoryRateLimiter fallback = new MemoryRateLimiter();
  private final AtomicBoolean degraded = new AtomicBoolean();

  RedisRateLimiter(RedisSettings settings) {
    this.link = new RedisLink(settings, "channels4j-redis-limiter");
    link.connect(() -> {}, () -> {});
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
                new String[] {link.key("limit:" + key)},
                Integer.toString(times),
                Long.toString(windowMillis));
        if (degraded.compareAndSet(true, false)) {
          log.info("Rate limits are cluster-wide again: Redis is back");
        }
        return wait;
      } catch (RedisException | IllegalStateException e) {
        noteDegraded(e);
      }
    } else {
      noteDegraded(null);
    }
    return fallback.acquire(key, times, windowMillis);
  }

  private void noteDegraded(Exception cause) {
    if (degraded.compareAndSet(false, true)) {
      log.warn(
          "Redis at {} is unreachable{}; rate limits now hold per node",
          link.settings().redacted(),
          cause == null ? "" : " (" + cause.getMessage() + ")");
    }
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
    link.close();
  }
}
