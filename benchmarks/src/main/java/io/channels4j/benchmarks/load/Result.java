package io.channels4j.benchmarks.load;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/** One scenario's result, printed as one JSON line. */
final class Result {
  /** The share of its core above which the load tool may be what limits the numbers. */
  private static final double TOOL_BOUND = 0.8;

  private final Map<String, Object> fields = new LinkedHashMap<>();

  Result(String scenario) {
    fields.put("scenario", scenario);
  }

  Result put(String name, Object value) {
    fields.put(name, value);
    return this;
  }

  /**
   * Adds the mean and p50 / p99 / p99.9 in microseconds of a histogram recorded in nanoseconds. The
   * mean shows what the median hides when a server serves some clients first and starves others.
   */
  Result latencies(String prefix, Histogram nanos) {
    put(prefix + "mean_us", micros(nanos.getMean()));
    put(prefix + "p50_us", micros(nanos.getValueAtPercentile(50)));
    put(prefix + "p99_us", micros(nanos.getValueAtPercentile(99)));
    return put(prefix + "p999_us", micros(nanos.getValueAtPercentile(99.9)));
  }

  /**
   * Adds the CPU the server and this tool spent per operation, the bytes the server allocated per
   * operation (the load tool's view of JMH's {@code gc.alloc.rate.norm}), and how busy this tool's
   * one core was: over {@link #TOOL_BOUND} the tool, not the server, may be what limits the
   * numbers, and it says so on standard error.
   */
  Result cpu(MeasuredWindow window, long operations) {
    long ops = Math.max(1, operations);
    long serverCpu = window.after().cpuNanos() - window.before().cpuNanos();
    put("server_cpu_us_per_op", micros(serverCpu / (double) ops));
    long userCpu = window.after().userCpuNanos() - window.before().userCpuNanos();
    put("server_user_cpu_us_per_op", micros(userCpu / (double) ops));
    put("client_cpu_us_per_op", micros(window.clientCpuNanos() / (double) ops));
    long allocated = window.after().allocatedBytes() - window.before().allocatedBytes();
    put("server_alloc_bytes_per_op", Math.round(allocated / (double) ops));
    double busy = window.clientCpuNanos() / (double) Math.max(1, window.elapsedNanos());
    if (busy > TOOL_BOUND) {
      System.err.printf(
          Locale.ROOT,
          "%s: the load tool's core was %.0f%% busy; the server may have had more to give%n",
          fields.get("scenario"),
          busy * 100);
    }
    return put("client_core_busy_pct", Math.round(busy * 100));
  }

  private static double micros(double nanos) {
    return Math.round(nanos / 100.0) / 10.0;
  }

  String toJson() {
    return fields.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":" + render(e.getValue()))
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String render(Object value) {
    if (value instanceof String text) {
      return "\"" + text + "\"";
    }
    if (value instanceof Double number) {
      return String.format(Locale.ROOT, "%.1f", number);
    }
    return String.valueOf(value);
  }
}
