package io.channels4j.test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time of a {@link ChannelTestServer}'s rate limiter and history: it stands still until the
 * test moves it, so a test of a ten-minute {@code @Limit} or a one-day {@code @History(ttlSeconds)}
 * advances it instead of waiting. It starts at the time it was made.
 */
public final class TestClock {
  private final AtomicLong millis = new AtomicLong(System.currentTimeMillis());

  /** The clock's time, in milliseconds since the epoch. */
  public long millis() {
    return millis.get();
  }

  /** The clock's time. */
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  /** Moves the clock forward by {@code duration}; returns the new time. */
  public Instant advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("A clock only moves forward, not by " + duration);
    }
    return Instant.ofEpochMilli(millis.addAndGet(duration.toMillis()));
  }
}
