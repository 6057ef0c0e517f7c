package io.channels4j.benchmarks.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Echo: C clients each keep W {@code echo} requests in flight; requests/s and latency.
 *
 * <p>A request's {@code request_id} names its slot, so each reply is matched to its send time
 * without a map: slot = id mod W, and the next request in that slot gets id + W.
 */
final class EchoScenario implements WsConnection.Handler {
  private static final byte[] REQUEST_ID = Json.key("request_id");

  private final int clients;
  private final int inflight;
  private final Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
  private int opened;
  private int closed;
  private boolean measuring;
  private long completed;

  private EchoScenario(int clients, int inflight) {
    this.clients = clients;
    this.inflight = inflight;
  }

  static Result run(Options options) throws IOException {
    String host = options.string("host", "127.0.0.1");
    int port = options.intValue("port", 8000);
    int statsPort = options.intValue("stats-port", port + 1);
    EchoScenario scenario =
        new EchoScenario(options.intValue("clients", 50), options.intValue("inflight", 4));
    long warmup = TimeUnit.SECONDS.toNanos(options.intValue("warmup", 5));
    long duration = TimeUnit.SECONDS.toNanos(options.intValue("duration", 10));
    try (SelectorLoop loop = new SelectorLoop()) {
      InetSocketAddress address = new InetSocketAddress(host, port);
      for (int i = 0; i < scenario.clients; i++) {
        loop.connect(address, options.string("path", "/group"), scenario).attachment =
            new long[scenario.inflight];
      }
      long connectDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      loop.run(
          () -> {}, () -> scenario.opened + scenario.closed >= scenario.clients, connectDeadline);
      loop.run(() -> {}, () -> false, System.nanoTime() + warmup);

      ServerStats before = ServerStats.read(host, statsPort, false);
      long clientCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      scenario.measuring = true;
      long start = System.nanoTime();
      loop.run(() -> {}, () -> false, start + duration);
      long elapsed = System.nanoTime() - start;
      scenario.measuring = false;
      clientCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - clientCpu;
      ServerStats after = ServerStats.read(host, statsPort, false);

      return new Result("echo")
          .put("clients", scenario.clients)
          .put("inflight", scenario.inflight)
          .put("clients_closed", scenario.closed)
          .put("requests", scenario.completed)
          .put("requests_per_s", scenario.completed * 1e9 / elapsed)
          .latencies("", scenario.latency)
          .cpu(before, after, clientCpu, scenario.completed);
    }
  }

  @Override
  public void onOpen(WsConnection connection) {
    opened++;
    long[] sentAt = (long[]) connection.attachment;
    for (int slot = 0; slot < inflight; slot++) {
      send(connection, sentAt, slot);
    }
  }

  @Override
  public void onText(WsConnection connection, byte[] buffer, int start, int end) {
    long id = Json.longAfter(buffer, start, end, REQUEST_ID);
    if (id < 0) {
      return; // not a reply to a request of ours
    }
    long[] sentAt = (long[]) connection.attachment;
    if (measuring) {
      latency.recordValue(System.nanoTime() - sentAt[(int) (id % inflight)]);
      completed++;
    }
    send(connection, sentAt, id + inflight);
  }

  @Override
  public void onClose(WsConnection connection, int code) {
    closed++;
  }

  private static void send(WsConnection connection, long[] sentAt, long id) {
    sentAt[(int) (id % sentAt.length)] = System.nanoTime();
    connection.sendText(
        ("{\"action\":\"echo\",\"user\":\"bench\",\"message\":\"hello\",\"request_id\":" + id + "}")
            .getBytes(StandardCharsets.US_ASCII));
  }
}
