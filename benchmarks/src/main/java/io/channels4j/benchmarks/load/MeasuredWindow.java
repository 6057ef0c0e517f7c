package io.channels4j.benchmarks.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;

/**
 * One measured stretch of a scenario's loop: its length, the server's stats on each side and the
 * CPU this tool's thread spent in it.
 */
record MeasuredWindow(
    long elapsedNanos, ServerStats before, ServerStats after, long clientCpuNanos) {
  /**
   * Runs {@code loop} with {@code tick} for {@code durationNanos}, telling the scenario with {@code
   * measuring} when it counts.
   */
  static MeasuredWindow run(
      SelectorLoop loop,
      Runnable tick,
      long durationNanos,
      String host,
      int statsPort,
      Consumer<Boolean> measuring)
      throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ServerStats before = ServerStats.read(host, statsPort, false);
    long clientCpu = threads.getCurrentThreadCpuTime();
    measuring.accept(true);
    long start = System.nanoTime();
    loop.run(tick, () -> false, start + durationNanos);
    long elapsed = System.nanoTime() - start;
    measuring.accept(false);
    clientCpu = threads.getCurrentThreadCpuTime() - clientCpu;
    return new MeasuredWindow(elapsed, before, ServerStats.read(host, statsPort, false), clientCpu);
  }

  /** {@code count} per second of this window. */
  double perSecond(long count) {
    return count * 1e9 / elapsedNanos;
  }
}
