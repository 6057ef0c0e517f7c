package io.channels4j.benchmarks.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One measured stretch of a scenario's loop: its length, the server's stats on each side and the
 * CPU this tool's thread spent in it.
 */
record MeasuredWindow(
    long elapsedNanos, ServerStats before, ServerStats after, long clientCpuNanos) {
  /**
   * Runs {@code loop} with {@code tick} for {@code --warmup} seconds, then for {@code --duration}
   * seconds, telling the scenario with {@code measuring} when it counts; the server's stats are
   * read from {@code --host} at {@code --stats-port} (the server's {@code --port} + 1).
   */
  static MeasuredWindow afterWarmup(
      SelectorLoop loop, Runnable tick, Options options, Consumer<Boolean> measuring)
      throws IOException {
    String host = options.string("host", "127.0.0.1");
    int statsPort = options.intValue("stats-port", options.intValue("port", 8000) + 1);
    long warmup = TimeUnit.SECONDS.toNanos(options.intValue("warmup", 5));
    long durationNanos = TimeUnit.SECONDS.toNanos(options.intValue("duration", 10));
    loop.run(tick, () -> false, System.nanoTime() + warmup);
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
