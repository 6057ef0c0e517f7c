package io.channels4j.testing;

import java.util.concurrent.TimeUnit;

/** Polls a condition until it holds or a deadline passes: the one waiting helper of the tests. */
public final class Await {
  private Await() {}

  /** A condition that may do I/O to find out (ask a server, read a socket). */
  @FunctionalInterface
  public interface Condition {
    boolean holds() throws Exception;
  }

  /** A value that may take I/O to read. */
  @FunctionalInterface
  public interface Probe<T> {
    T get() throws Exception;
  }

  /** Waits up to {@code seconds} for {@code condition}; fails with {@code what} otherwise. */
  public static void until(long seconds, String what, Condition condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!check(condition)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out after " + seconds + " s waiting for " + what);
      }
      sleep(50);
    }
  }

  /** Waits until {@code value} yields {@code expected}; fails showing the last value. */
  public static <T> void equals(long seconds, String what, T expected, Probe<T> value) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    T last = read(value);
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
      last = read(value);
    }
  }

  private static boolean check(Condition condition) {
    return read(condition::holds);
  }

  private static <T> T read(Probe<T> value) {
    try {
      return value.get();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Pauses between polls, or paces a load; never a wait for something to happen. */
  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
