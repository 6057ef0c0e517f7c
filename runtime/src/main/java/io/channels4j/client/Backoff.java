package io.channels4j.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a client waits before each attempt to reconnect: {@code initial} before the first, twice
 * as long before each next one, never longer than {@code max}.
 *
 * @param initial the wait before the first attempt
 * @param max the longest wait
 * @param maxAttempts how many attempts in a row before the client gives up; 0 for no end
 */
public record Backoff(Duration initial, Duration max, int maxAttempts) {
  /** Checks the durations are positive and in order. */
  public Backoff {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException(
          "A backoff needs 0 < initial <= max, got " + initial + " and " + max);
    }
    if (maxAttempts < 0) {
      throw new IllegalArgumentException("maxAttempts < 0: " + maxAttempts);
    }
  }

  /** Doubling from {@code initial} up to {@code max}, for as long as it takes. */
  public static Backoff exponential(Duration initial, Duration max) {
    return new Backoff(initial, max, 0);
  }

  /** The wait before attempt {@code attempt}, the first being 1. */
  public Duration delay(int attempt) {
    Duration delay = initial;
    for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) < 0 ? delay : max;
  }

  /** Whether the client makes attempt {@code attempt}. */
  public boolean allows(int attempt) {
    return maxAttempts == 0 || attempt <= maxAttempts;
  }
}
