package io.channels4j.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Echo: C clients each keep W {@code echo} requests in flight; requests/s and latency. With {@code
 * --rate R} the clients instead send R requests/s between them, round robin, whatever the replies:
 * latency at a load the server sustains, where a closed loop's latency is set by its window.
 *
 * <p>A request's {@code request_id} names its slot, so each reply is matched to its send time
 * without a map: slot = id mod W, and the next request in that slot gets id + W. At a fixed rate
 * the id is the request's number and the slot id mod {@link #RING}.
 */
final class EchoScenario implements WsConnection.Handler {
  private static final byte[] REQUEST_ID = Json.key("request_id");
  private static final int RING = 1 << 16;

  private final int clients;
  private final int inflight;
  private final double rate;
  private final List<WsConnection> open = new ArrayList<>();
  private final long[] sentAtByNumber;
  private long rateStart;
  private long numbered;
  private final Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
  private int opened;
  private int closed;
  private boolean measuring;
  private long completed;

  private EchoScenario(int clients, int inflight, double rate) {
    this.clients = clients;
    this.inflight = inflight;
    this.rate = rate;
    this.sentAtByNumber = rate > 0 ? new long[RING] : null;
  }

  static Result run(Options options) throws IOException {
    String host = options.string("host", "127.0.0.1");
    int port = options.intValue("port", 8000);
    EchoScenario scenario =
        new EchoScenario(
            options.intValue("clients", 50),
            options.intValue("inflight", 4),
            options.doubleValue("rate", 0));
    try (SelectorLoop loop = new SelectorLoop()) {
      InetSocketAddress address = new InetSocketAddress(host, port);
      for (int i = 0; i < scenario.clients; i++) {
        loop.connect(address, options.string("path", "/group"), scenario).attachment =
            new long[scenario.inflight];
      }
      long connectDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      loop.run(
          () -> {}, () -> scenario.opened + scenario.closed >= scenario.clients, connectDeadline);
      scenario.rateStart = System.nanoTime();
      MeasuredWindow measured =
          MeasuredWindow.afterWarmup(
              loop, scenario::sendDue, options, on -> scenario.measuring = on);

      return new Result("echo")
          .put("clients", scenario.clients)
          .put("mode", scenario.rate > 0 ? "rate" : "window")
          .put("inflight", scenario.inflight)
          .put("rate", scenario.rate)
          .put("clients_closed", scenario.closed)
          .put("requests", scenario.completed)
          .put("requests_per_s", measured.perSecond(scenario.completed))
          .latencies("", scenario.latency)
          .cpu(measured, scenario.completed);
    }
  }

  @Override
  public void onOpen(WsConnection connection) {
    opened++;
    if (rate > 0) {
      open.add(connection);
      return;
    }
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
    if (rate > 0) {
      record(sentAtByNumber[(int) (id % RING)]);
      return;
    }
    long[] sentAt = (long[]) connection.attachment;
    record(sentAt[(int) (id % inflight)]);
    send(connection, sentAt, id + inflight);
  }

  private void record(long sentAt) {
    if (measuring) {
      latency.recordValue(System.nanoTime() - sentAt);
      completed++;
    }
  }

  /** At a fixed rate, sends the requests due by now, round robin over the open clients. */
  private void sendDue() {
    if (rate <= 0) {
      return;
    }
    long due = (long) ((System.nanoTime() - rateStart) * rate / 1e9);
    for (; numbered < due; numbered++) {
      WsConnection connection = open.get((int) (numbered % open.size()));
      if (connection.isOpen()) {
        send(connection, sentAtByNumber, numbered);
      }
    }
  }

  @Override
  public void onClose(WsConnection connection, int code) {
    closed++;
  }

  /** Sends request {@code id}, noting its send time at slot {@code id mod sentAt.length}. */
  private static void send(WsConnection connection, long[] sentAt, long id) {
    sentAt[(int) (id % sentAt.length)] = System.nanoTime();
    connection.sendText(
        ("{\"action\":\"echo\",\"user\":\"bench\",\"message\":\"hello\",\"request_id\":" + id + "}")
            .getBytes(StandardCharsets.US_ASCII));
  }
}
