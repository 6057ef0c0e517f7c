package io.channels4j.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * Idle connections: N sockets held open; the server's RSS and live heap per connection.
 *
 * <p>Heap is the server's heap after a full GC, read before the sockets open and while they are
 * held. Before the first reading a few connections open and close, so that what the server sets up
 * once, on its first connections, is not charged to every one of the N.
 */
final class IdleScenario implements WsConnection.Handler {
  /** Connections opened and closed before the baseline reading. */
  private static final int WARM_UP = 100;

  private int opened;
  private int closed;

  static Result run(Options options) throws IOException {
    String host = options.string("host", "127.0.0.1");
    int port = options.intValue("port", 8000);
    int statsPort = options.intValue("stats-port", port + 1);
    int connections = options.intValue("connections", 5000);
    String path = options.string("path", "/group");
    InetSocketAddress address = new InetSocketAddress(host, port);
    warmUp(address, path);
    IdleScenario scenario = new IdleScenario();
    ServerStats before = ServerStats.read(host, statsPort, true);
    try (SelectorLoop loop = new SelectorLoop()) {
      for (int i = 0; i < connections; i++) {
        loop.connect(address, path, scenario);
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
              (held.heapAfterGcBytes() - before.heapAfterGcBytes()) / Math.max(1, open))
          .put(
              "rss_bytes_per_connection",
              (held.rssBytes() - before.rssBytes()) / Math.max(1, open));
    }
  }

  /** Opens {@link #WARM_UP} connections, closes them, and gives the server a second to let go. */
  static void warmUp(InetSocketAddress address, String path) throws IOException {
    IdleScenario warm = new IdleScenario();
    try (SelectorLoop loop = new SelectorLoop()) {
      for (int i = 0; i < WARM_UP; i++) {
        loop.connect(address, path, warm);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      loop.run(() -> {}, () -> warm.opened + warm.closed >= WARM_UP, deadline);
    }
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
