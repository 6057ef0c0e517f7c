package io.channels4j.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a reconnect attempt after its backoff delay. The default waits on the JDK's delayed
 * executor; a test may hand the attempt to a queue instead and run it when it chooses.
 */
@FunctionalInterface
public interface ReconnectScheduler {
  /** Runs {@code attempt} once {@code delay} has passed. */
  void schedule(Duration delay, Runnable attempt);

  /** Waits {@code delay} on {@link CompletableFuture#delayedExecutor}. */
  static ReconnectScheduler delayed() {
    return (delay, attempt) ->
        CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS).execute(attempt);
  }
}
