package io.channels4j.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Fan-out: R receivers in one room and one sender; deliveries/s summed over receivers and
 * send-to-receive latency.
 *
 * <p>The sender sends at a fixed {@code --rate} per second, or as fast as a window of {@code
 * --window} messages not yet received by every live receiver allows ({@code --rate 0}). Each
 * message carries {@code "SEQ:NANOS"}, so a receiver knows which message it got and when it was
 * sent. With {@code --send-port} the sender uses another server: cross-node fan-out.
 */
final class FanOutScenario implements WsConnection.Handler {
  private static final byte[] MESSAGE = Json.key("message");
  private static final int RING = 1 << 16;

  private final int receivers;
  private final int window;
  private final double rate;
  private final Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
  private final int[] receipts = new int[RING];
  private WsConnection sender;
  private int opened;
  private int closed;
  private long sent;
  private long fullyDelivered;
  private long deliveries;
  private boolean measuring;
  private long rateStart;
  private long sentAtRateStart;

  private FanOutScenario(int receivers, int window, double rate) {
    this.receivers = receivers;
    this.window = Math.min(window, RING / 2);
    this.rate = rate;
  }

  static Result run(Options options) throws IOException {
    String host = options.string("host", "127.0.0.1");
    int port = options.intValue("port", 8000);
    int sendPort = options.intValue("send-port", port);
    String path = options.string("path", "/group");
    FanOutScenario scenario =
        new FanOutScenario(
            options.intValue("receivers", 200),
            options.intValue("window", 64),
            options.doubleValue("rate", 0));
    try (SelectorLoop loop = new SelectorLoop()) {
      InetSocketAddress receiveAddress = new InetSocketAddress(host, port);
      for (int i = 0; i < scenario.receivers; i++) {
        loop.connect(receiveAddress, path, scenario);
      }
      scenario.sender = loop.connect(new InetSocketAddress(host, sendPort), path, scenario);
      long connectDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      loop.run(
          () -> {}, () -> scenario.opened + scenario.closed > scenario.receivers, connectDeadline);
      if (!scenario.sender.isOpen()) {
        throw new IllegalStateException("the sender could not connect to port " + sendPort);
      }
      scenario.startRate();
      MeasuredWindow measured =
          MeasuredWindow.afterWarmup(
              loop, scenario::sendDue, options, on -> scenario.measuring = on);

      return new Result(sendPort == port ? "fanout" : "fanout-cross-node")
          .put("receivers", scenario.receivers)
          .put("mode", scenario.rate > 0 ? "rate" : "window")
          .put("rate", scenario.rate)
          .put("window", scenario.window)
          .put("receivers_closed", scenario.closed)
          .put("deliveries", scenario.deliveries)
          .put("deliveries_per_s", measured.perSecond(scenario.deliveries))
          .latencies("", scenario.latency)
          .cpu(measured, scenario.deliveries);
    }
  }

  private void startRate() {
    rateStart = System.nanoTime();
    sentAtRateStart = sent;
  }

  /** Sends what the rate or the window allows now. */
  private void sendDue() {
    long allowedByRate =
        rate > 0
            ? sentAtRateStart + (long) ((System.nanoTime() - rateStart) * rate / 1e9)
            : Long.MAX_VALUE;
    while (sent < allowedByRate && sent - fullyDelivered < window && sender.isOpen()) {
      sender.sendText(
          ("{\"action\":\"message\",\"user\":\"bench\",\"message\":\""
                  + sent
                  + ":"
                  + System.nanoTime()
                  + "\",\"request_id\":1}")
              .getBytes(StandardCharsets.US_ASCII));
      sent++;
    }
  }

  @Override
  public void onOpen(WsConnection connection) {
    opened++;
  }

  @Override
  public void onText(WsConnection connection, byte[] buffer, int start, int end) {
    if (connection == sender) {
      return; // the sender is a member too; only receivers count
    }
    int at = Json.indexOf(buffer, start, end, MESSAGE);
    if (at < 0) {
      return; // a join notice or similar
    }
    long seq = Json.longAfter(buffer, at, end, MESSAGE);
    long sentAt = Json.longAfterColon(buffer, at + MESSAGE.length, end);
    if (measuring) {
      latency.recordValue(Math.max(0, System.nanoTime() - sentAt));
      deliveries++;
    }
    receipts[(int) (seq % RING)]++;
    int live = receivers - closed;
    while (fullyDelivered < sent && receipts[(int) (fullyDelivered % RING)] >= live) {
      receipts[(int) (fullyDelivered % RING)] = 0;
      fullyDelivered++;
    }
    sendDue();
  }

  @Override
  public void onClose(WsConnection connection, int code) {
    if (connection != sender) {
      closed++;
    }
  }
}
