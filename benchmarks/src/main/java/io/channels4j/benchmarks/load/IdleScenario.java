package io.channels4j.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * Idle connections: N sockets held open; the server's RSS and live heap per connection.
 *
 * <p>Heap is read after a full GC on the server, before the sockets open and while they are held.
 */
final class IdleScenario implements WsConnection.Handler {
  private int opened;
  private int closed;

  static Result run(Options options) throws IOException {
    String host = options.string("host", "127.0.0.1");
    int port = options.intValue("port", 8000);
    int statsPort = options.intValue("stats-port", port + 1);
    int connections = options.intValue("connections", 5000);
    IdleScenario scenario = new IdleScenario();
    ServerStats before = ServerStats.read(host, statsPort, true);
    try (SelectorLoop loop = new SelectorLoop()) {
      InetSocketAddress address = new InetSocketAddress(host, port);
      for (int i = 0; i < connections; i++) {
        loop.connect(address, options.string("path", "/group"), scenario);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      loop.run(() -> {}, () -> scenario.opened + scenario.closed >= connections, deadline);
      // Hold the sockets a moment so the server settles, answering pings meanwhile.
      loop.run(() -> {}, () -> false, System.nanoTime() + TimeUnit.SECONDS.toNanos(2));
      ServerStats held = ServerStats.read(host, statsPort, true);
      int open = scenario.opened - scenario.closed;
      return new Result("idle")
          .put("connections", connections)
          .put("open", open)
          .put(
              "heap_bytes_per_connection",
              (held.heapUsedBytes() - before.heapUsedBytes()) / Math.max(1, open))
          .put(
              "rss_bytes_per_connection",
              (held.rssBytes() - before.rssBytes()) / Math.max(1, open));
    }
  }

  @Override
  public void onOpen(WsConnection connection) {
    opened++;
  }

  @Override
  public void onText(WsConnection connection, byte[] buffer, int start, int end) {}

  @Override
  public void onClose(WsConnection connection, int code) {
    closed++;
  }
}
