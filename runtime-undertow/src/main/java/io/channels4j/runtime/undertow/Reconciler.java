package io.channels4j.runtime.undertow;

import io.channels4j.runtime.Broker;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the room counts converge to the truth on their own: every {@link #INTERVAL_MILLIS} it
 * compares the broker's record of this node's members with the connections the server holds, and
 * repairs what any missed leave or join left wrong.
 *
 * <p>A connection's repair runs in its own task queue, after whatever joins or leaves it has
 * queued, so it acts on the connection's current rooms and races none of them. An id the broker
 * records without a registered connection is removed at once: a connection registers before it
 * joins and unregisters only after it left, and the record is read before the registrations.
 */
final class Reconciler implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(ChannelServer.class);

  /** How often the counts are reconciled. */
  static final long INTERVAL_MILLIS = 10_000;

  private final Set<Connection> connections;
  private final Broker broker;
  private ScheduledExecutorService timer;

  Reconciler(Set<Connection> connections, Broker broker) {
    this.connections = connections;
    this.broker = broker;
  }

  void start() {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "channels4j-reconciler");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(this, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
  }

  void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  @Override
  public void run() {
    try {
      reconcile();
    } catch (RuntimeException e) {
      log.warn("Reconciling the room counts failed; trying again in {} ms", INTERVAL_MILLIS, e);
    }
  }

  /** One pass: closed sockets leave, and the broker's record is made to match the connections. */
  void reconcile() {
    Map<String, Set<String>> recorded = broker.localMembers();
    Map<String, Connection> registered = new HashMap<>();
    for (Connection connection : connections) {
      registered.put(connection.id, connection);
    }
    Map<String, Set<String>> roomsById = new HashMap<>();
    recorded.forEach(
        (room, ids) -> {
          for (String id : ids) {
            if (registered.containsKey(id)) {
              roomsById.computeIfAbsent(id, key -> new HashSet<>()).add(room);
            } else {
              broker.leave(room, id);
            }
          }
        });
    for (Connection connection : registered.values()) {
      connection.repair(roomsById.getOrDefault(connection.id, Set.of()));
    }
  }
}
