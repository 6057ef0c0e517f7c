package io.channels4j.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A burst of joins into one room of a server that sends presence events ({@code channels4j
 * --presence-events MS}): {@code --observers} members join and settle, then {@code --joins} more
 * connections join as fast as the server takes them. Each observer records when its presence frames
 * arrive and the room's count in the last one, so the result says how many frames one member got
 * for the whole burst, how many throttle intervals the burst spanned, and the shortest gap between
 * two of one member's frames.
 */
final class PresenceBurstScenario implements WsConnection.Handler {
  private static final byte[] PRESENCE = "{\"type\":\"presence\"".getBytes(StandardCharsets.UTF_8);
  private static final byte[] COUNT = "\"count\":".getBytes(StandardCharsets.UTF_8);

  /** Per observer: when each presence frame arrived, counted from the burst. */
  private final Map<WsConnection, List<Long>> arrivals = new IdentityHashMap<>();

  private final Map<WsConnection, Long> lastCount = new IdentityHashMap<>();
  private boolean observing = true;
  private boolean recording;
  private int opened;
  private int closed;

  static Result run(Options options) throws IOException {
    String host = options.string("host", "127.0.0.1");
    int port = options.intValue("port", 8000);
    String path = options.string("path", "/group");
    int observers = options.intValue("observers", 50);
    int joins = options.intValue("joins", 10_000);
    long intervalNanos = TimeUnit.MILLISECONDS.toNanos(options.intValue("interval-ms", 1000));
    InetSocketAddress address = new InetSocketAddress(host, port);
    PresenceBurstScenario scenario = new PresenceBurstScenario();
    try (SelectorLoop loop = new SelectorLoop()) {
      for (int i = 0; i < observers; i++) {
        loop.connect(address, path, scenario);
      }
      loop.run(() -> {}, () -> scenario.opened >= observers, deadline(60));
      // Let the presence frames of the observers' own joins go by before the burst.
      loop.run(() -> {}, () -> false, System.nanoTime() + 3 * intervalNanos);
      scenario.observing = false;
      scenario.recording = true;
      long burstStart = System.nanoTime();
      for (int i = 0; i < joins; i++) {
        loop.connect(address, path, scenario);
      }
      long expected = observers + joins;
      loop.run(
          () -> {},
          () -> scenario.opened + scenario.closed >= expected && scenario.allSaw(expected),
          deadline(180));
      long joinedIn = System.nanoTime() - burstStart;
      return scenario.result(observers, joins, expected, intervalNanos, burstStart, joinedIn);
    }
  }

  private static long deadline(int seconds) {
    return System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
  }

  private boolean allSaw(long count) {
    for (Long seen : lastCount.values()) {
      if (seen < count) {
        return false;
      }
    }
    return true;
  }

  private Result result(
      int observers, int joins, long expected, long intervalNanos, long start, long joinedIn) {
    int framesMax = 0;
    long framesTotal = 0;
    long lastArrival = start;
    long minGap = Long.MAX_VALUE;
    int sawAll = 0;
    for (Map.Entry<WsConnection, List<Long>> entry : arrivals.entrySet()) {
      List<Long> times = entry.getValue();
      framesMax = Math.max(framesMax, times.size());
      framesTotal += times.size();
      for (int i = 0; i < times.size(); i++) {
        lastArrival = Math.max(lastArrival, times.get(i));
        if (i > 0) {
          minGap = Math.min(minGap, times.get(i) - times.get(i - 1));
        }
      }
      if (lastCount.getOrDefault(entry.getKey(), 0L) >= expected) {
        sawAll++;
      }
    }
    long span = lastArrival - start;
    return new Result("presence-burst")
        .put("observers", observers)
        .put("joins", joins)
        .put("joined_in_ms", TimeUnit.NANOSECONDS.toMillis(joinedIn))
        .put("interval_ms", TimeUnit.NANOSECONDS.toMillis(intervalNanos))
        .put("burst_intervals", (span + intervalNanos - 1) / intervalNanos)
        .put("frames_per_observer_max", framesMax)
        .put("frames_per_observer_mean", framesTotal / (double) Math.max(1, arrivals.size()))
        .put(
            "min_gap_ms",
            minGap == Long.MAX_VALUE ? -1 : minGap / (double) TimeUnit.MILLISECONDS.toNanos(1))
        .put("observers_that_saw_final_count", sawAll);
  }

  @Override
  public void onOpen(WsConnection connection) {
    opened++;
    if (observing) {
      arrivals.put(connection, new ArrayList<>());
      lastCount.put(connection, 0L);
    }
  }

  @Override
  public void onText(WsConnection connection, byte[] buffer, int start, int end) {
    List<Long> times = arrivals.get(connection);
    if (times == null || !startsWith(buffer, start, end, PRESENCE)) {
      return;
    }
    if (recording) {
      times.add(System.nanoTime());
    }
    lastCount.put(connection, count(buffer, start, end));
  }

  @Override
  public void onClose(WsConnection connection, int code) {
    closed++;
  }

  private static boolean startsWith(byte[] buffer, int start, int end, byte[] prefix) {
    if (end - start < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (buffer[start + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The frame's {@code "count":N}, written last; 0 if absent. */
  private static long count(byte[] buffer, int start, int end) {
    for (int at = end - COUNT.length; at >= start; at--) {
      if (startsWith(buffer, at, end, COUNT)) {
        long value = 0;
        for (int i = at + COUNT.length; i < end && buffer[i] >= '0' && buffer[i] <= '9'; i++) {
          value = value * 10 + (buffer[i] - '0');
        }
        return value;
      }
    }
    return 0;
  }
}
