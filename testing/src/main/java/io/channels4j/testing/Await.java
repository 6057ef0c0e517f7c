package io.channels4j.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes. */
public final class Await {
  private Await() {}

  /** Waits up to {@code seconds} for {@code condition}; fails with {@code what} otherwise. */
  public static void until(long seconds, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out after " + seconds + " s waiting for " + what);
      }
      sleep(50);
    }
  }

  /** Waits until {@code value} yields {@code expected}; fails showing the last value. */
  public static <T> void equals(long seconds, String what, T expected, Supplier<T> value) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    T last = value.get();
    while (!expected.equals(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Timed out after "
                + seconds
                + " s waiting for "
                + what
                + " to be "
                + expected
                + ", last "
                + last);
      }
      sleep(50);
      last = value.get();
    }
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
