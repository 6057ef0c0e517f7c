package io.channels4j.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Queue;

/**
 * One thread that drives every client connection of a scenario, so the load tool uses one core.
 *
 * <p>Connections are opened at most {@link #MAX_PENDING_HANDSHAKES} at a time so that thousands of
 * clients never overflow the server's accept backlog. Each pass runs the scenario's tick, which is
 * where fixed-rate senders send.
 */
final class SelectorLoop implements AutoCloseable {
  private static final int MAX_PENDING_HANDSHAKES = 64;

  private final Selector selector;
  private final Queue<WsConnection> toConnect = new ArrayDeque<>();
  private int pendingHandshakes;

  SelectorLoop() {
    try {
      selector = Selector.open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Queues a connection; it opens during {@link #run}. */
  WsConnection connect(InetSocketAddress address, String path, WsConnection.Handler handler)
      throws IOException {
    WsConnection connection = new WsConnection(address, path, new CountingHandler(handler));
    toConnect.add(connection);
    return connection;
  }

  /**
   * Runs until {@code until} returns true or {@code deadlineNanos} passes.
   *
   * @param tick called on every pass, after the ready keys are handled
   */
  void run(Runnable tick, java.util.function.BooleanSupplier until, long deadlineNanos)
      throws IOException {
    while (!until.getAsBoolean() && System.nanoTime() < deadlineNanos) {
      startConnections();
      selector.select(1);
      for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
        SelectionKey key = it.next();
        it.remove();
        ((WsConnection) key.attachment()).onSelected();
      }
      tick.run();
    }
  }

  private void startConnections() throws IOException {
    while (pendingHandshakes < MAX_PENDING_HANDSHAKES && !toConnect.isEmpty()) {
      toConnect.poll().register(selector);
      pendingHandshakes++;
    }
  }

  @Override
  public void close() throws IOException {
    for (SelectionKey key : selector.keys()) {
      ((WsConnection) key.attachment()).close();
    }
    selector.close();
  }

  /** Frees a handshake slot when a connection opens or fails. */
  private final class CountingHandler implements WsConnection.Handler {
    private final WsConnection.Handler delegate;
    private boolean settled;

    CountingHandler(WsConnection.Handler delegate) {
      this.delegate = delegate;
    }

    @Override
    public void onOpen(WsConnection connection) {
      settle();
      delegate.onOpen(connection);
    }

    @Override
    public void onText(WsConnection connection, byte[] buffer, int start, int end) {
      delegate.onText(connection, buffer, start, end);
    }

    @Override
    public void onClose(WsConnection connection, int code) {
      settle();
      delegate.onClose(connection, code);
    }

    private void settle() {
      if (!settled) {
        settled = true;
        pendingHandshakes--;
      }
    }
  }
}
