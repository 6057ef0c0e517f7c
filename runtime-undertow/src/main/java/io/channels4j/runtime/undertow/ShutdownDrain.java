package io.channels4j.runtime.undertow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Closes a stopping server's connections a batch at a time, oldest first: a batch is told 1001 only
 * once the closing handshakes and leave events of the one before have finished. A node with many
 * clients then neither floods its I/O threads and the broker with every leave at once nor sends all
 * of its clients off to reconnect elsewhere in the same instant.
 */
final class ShutdownDrain {
  private static final Comparator<Connection> OLDEST_FIRST =
      Comparator.comparingLong(connection -> connection.sequence);

  private final Set<Connection> connections;
  private final int batchSize;

  ShutdownDrain(Set<Connection> connections, int batchSize) {
    this.connections = connections;
    this.batchSize = batchSize;
  }

  /**
   * Closes every connection open now, a batch at a time, until none is left or the deadline (a
   * {@link System#nanoTime()}) passes; whether all of them closed in time.
   */
  boolean closeAll(long deadline) {
    List<Connection> open = new ArrayList<>(connections);
    open.sort(OLDEST_FIRST);
    for (int from = 0; from < open.size(); from += batchSize) {
      List<Connection> batch =
          new ArrayList<>(open.subList(from, Math.min(open.size(), from + batchSize)));
      for (Connection connection : batch) {
        connection.closeWith(1001, "Server shutting down");
      }
      if (!awaitGone(batch, deadline)) {
        return false;
      }
    }
    return true;
  }

  private boolean awaitGone(List<Connection> batch, long deadline) {
    synchronized (connections) { // notified by every unregister
      while (true) {
        batch.removeIf(connection -> !connections.contains(connection));
        if (batch.isEmpty()) {
          return true;
        }
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return false;
        }
        try {
          connections.wait(Math.min(left, 50));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
  }
}
