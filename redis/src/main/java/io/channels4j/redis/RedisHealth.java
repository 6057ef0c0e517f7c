package io.channels4j.redis;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the users of one {@link RedisLink} last found its Redis reachable; logs each change once,
 * whichever user (broker or limiter) noticed it.
 */
final class RedisHealth {
  private static final Logger log = LoggerFactory.getLogger(RedisHealth.class);

  private final String url;
  private final AtomicBoolean degraded = new AtomicBoolean();

  /** A tracker for the Redis at {@code url}, written without its password. */
  RedisHealth(String url) {
    this.url = url;
  }

  /** Notes that a call failed or the connection dropped; {@code cause} may be null. */
  void noteDegraded(Throwable cause) {
    if (degraded.compareAndSet(false, true)) {
      log.warn(
          "Redis at {} is unreachable{}; serving local members only (broadcasts reach this node,"
              + " counts, room limits and rate limits hold per node) until it returns",
          url,
          cause == null ? "" : " (" + cause.getMessage() + ")");
    }
  }

  /** Notes that Redis answered again after {@link #noteDegraded}. */
  void noteRecovered() {
    if (degraded.compareAndSet(true, false)) {
      log.info(
          "Redis at {} is back: rooms, counts, broadcasts and rate limits are cluster-wide again",
          url);
    }
  }
}
