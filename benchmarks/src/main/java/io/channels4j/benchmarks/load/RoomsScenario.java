package io.channels4j.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * One node's share of many rooms served by several nodes: {@code --connections} sockets to {@code
 * --port}, connection {@code i} in room {@code r(i % rooms)} of {@code /rooms/NAME}, each fenced
 * once open (an unknown action, answered once the connection has joined). The server's heap after
 * GC and RSS per connection are read as {@link IdleScenario} reads them, and its CPU over {@code
 * --idle} seconds of holding them without traffic.
 *
 * <p>Then this process writes {@code --ready-file} and waits for {@code --go-file}, which the
 * script creates once every node's load process is ready, so no broadcast races a join. Each of the
 * {@code --senders} load processes then sends {@code --messages} broadcasts at {@code --rate} per
 * second, message {@code m} from its connection in room {@code m % rooms}; this process counts what
 * its connections receive against what all senders' messages owe them, with the latency from send
 * to receipt (the processes share the machine's monotonic clock).
 */
final class RoomsScenario implements WsConnection.Handler {
  private static final byte[] MESSAGE = Json.key("message");
  private static final byte[] FENCE = "{\"action\":\"fence\"}".getBytes(StandardCharsets.US_ASCII);
  private static final long WAIT_SECONDS = 300;

  private final int rooms;
  private final List<WsConnection> members = new ArrayList<>();
  private final Set<WsConnection> fenced = new HashSet<>();
  private final Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
  private int closed;
  private long deliveries;
  private long lastDelivery;
  private long sent;

  private RoomsScenario(int rooms) {
    this.rooms = rooms;
  }

  static Result run(Options options) throws IOException {
    String host = options.string("host", "127.0.0.1");
    int port = options.intValue("port", 8000);
    int statsPort = options.intValue("stats-port", port + 1);
    int connections = options.intValue("connections", 10_000);
    int messages = options.intValue("messages", 10_000);
    double rate = options.doubleValue("rate", 1000);
    int senders = options.intValue("senders", 2);
    Path go = Path.of(options.string("go-file", "go"));
    RoomsScenario scenario = new RoomsScenario(options.intValue("rooms", 1000));
    if (connections < scenario.rooms) {
      throw new IllegalArgumentException("every room needs a sender: connections >= rooms");
    }
    InetSocketAddress address = new InetSocketAddress(host, port);
    IdleScenario.warmUp(address, "/rooms/warm-up");
    ServerStats before = ServerStats.read(host, statsPort, true);
    try (SelectorLoop loop = new SelectorLoop()) {
      for (int i = 0; i < connections; i++) {
        scenario.members.add(loop.connect(address, "/rooms/r" + (i % scenario.rooms), scenario));
      }
      loop.run(() -> {}, () -> scenario.fenced.size() + scenario.closed >= connections, deadline());
      ServerStats held = ServerStats.read(host, statsPort, true);
      long open = scenario.members.stream().filter(WsConnection::isOpen).count();
      long expected = senders * scenario.owed(messages);
      // What holding the connections costs the server with no traffic: pings, heartbeats, sweeps.
      ServerStats idleFrom = ServerStats.read(host, statsPort, false);
      long idleNanos = TimeUnit.SECONDS.toNanos(options.intValue("idle", 5));
      loop.run(() -> {}, () -> false, System.nanoTime() + idleNanos);
      ServerStats idleTo = ServerStats.read(host, statsPort, false);

      Files.writeString(Path.of(options.string("ready-file", "ready")), "");
      loop.run(() -> {}, () -> Files.exists(go), deadline());
      if (!Files.exists(go)) {
        throw new IllegalStateException("no " + go + " within " + WAIT_SECONDS + " s");
      }
      ServerStats start = ServerStats.read(host, statsPort, false);
      long from = System.nanoTime();
      long sendNanos = (long) (messages / rate * 1e9);
      loop.run(
          () -> scenario.sendDue(from, rate, messages),
          () -> scenario.deliveries >= expected,
          from + sendNanos + TimeUnit.SECONDS.toNanos(options.intValue("hold", 60)));
      ServerStats end = ServerStats.read(host, statsPort, false);
      double window = (Math.max(scenario.lastDelivery, from + 1) - from) / 1e9;
      return new Result("rooms")
          .put("port", port)
          .put("connections", connections)
          .put("open", open)
          .put("rooms", scenario.rooms)
          .put(
              "heap_bytes_per_connection",
              (held.heapAfterGcBytes() - before.heapAfterGcBytes()) / Math.max(1, open))
          .put(
              "rss_bytes_per_connection", (held.rssBytes() - before.rssBytes()) / Math.max(1, open))
          .put("heap_after_gc_mb", held.heapAfterGcBytes() >> 20)
          .put("rss_mb", held.rssBytes() >> 20)
          .put("senders", senders)
          .put("messages", messages)
          .put("rate", rate)
          .put("sent", scenario.sent)
          .put("deliveries", scenario.deliveries)
          .put("expected", expected)
          .put("closed", scenario.closed)
          .put("deliveries_per_s", scenario.deliveries / window)
          .put(
              "server_idle_cpu_ms_per_s",
              (idleTo.cpuNanos() - idleFrom.cpuNanos()) / 1e6 / (idleNanos / 1e9))
          .put(
              "server_cpu_us_per_delivery",
              (end.cpuNanos() - start.cpuNanos()) / 1e3 / Math.max(1, scenario.deliveries))
          .latencies("", scenario.latency);
    }
  }

  private static long deadline() {
    return System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
  }

  /** What one sender's {@code messages} owe this process's open members, room by room. */
  private long owed(int messages) {
    long owed = 0;
    for (int i = 0; i < members.size(); i++) {
      int room = i % rooms;
      if (members.get(i).isOpen()) {
        owed += messages / rooms + (room < messages % rooms ? 1 : 0);
      }
    }
    return owed;
  }

  /** Sends what the rate allows by now, message {@code m} from the first member of its room. */
  private void sendDue(long from, double rate, int messages) {
    long due = Math.min(messages, (long) ((System.nanoTime() - from) * rate / 1e9));
    for (; sent < due; sent++) {
      members
          .get((int) (sent % rooms))
          .sendText(
              ("{\"action\":\"message\",\"user\":\"bench\",\"message\":\""
                      + sent
                      + ":"
                      + System.nanoTime()
                      + "\",\"request_id\":1}")
                  .getBytes(StandardCharsets.US_ASCII));
    }
  }

  @Override
  public void onOpen(WsConnection connection) {
    connection.sendText(FENCE);
  }

  @Override
  public void onText(WsConnection connection, byte[] buffer, int start, int end) {
    if (fenced.add(connection)) {
      return; // the fence's answer: nothing is broadcast before every member has one
    }
    int at = Json.indexOf(buffer, start, end, MESSAGE);
    if (at < 0) {
      return;
    }
    long now = System.nanoTime();
    latency.recordValue(Math.max(0, now - Json.longAfterColon(buffer, at + MESSAGE.length, end)));
    deliveries++;
    lastDelivery = now;
  }

  @Override
  public void onClose(WsConnection connection, int code) {
    closed++;
  }
}
