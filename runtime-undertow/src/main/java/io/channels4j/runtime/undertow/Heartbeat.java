package io.channels4j.runtime.undertow;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every beat, pings each open connection and closes those whose client has not been heard from for
 * the idle timeout: a peer that vanished without a TCP close (a laptop lid, a dropped mobile
 * network) would otherwise hold its connection and its room seat until the kernel gives up, many
 * minutes later. One timer for the whole server, not one per connection.
 */
final class Heartbeat implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(ChannelServer.class);

  private final Set<Connection> connections;
  private final boolean pings;
  private final long idleNanos;
  private final long beatMillis;
  private final AtomicLong idleClosed = new AtomicLong();
  private ScheduledExecutorService timer;

  /**
   * @param pingInterval how often to ping, or {@code null} for no pings
   * @param idleTimeout how long a client may be silent, or {@code null} for no limit
   */
  Heartbeat(Set<Connection> connections, Duration pingInterval, Duration idleTimeout) {
    this.connections = connections;
    this.pings = pingInterval != null;
    this.idleNanos = idleTimeout == null ? Long.MAX_VALUE : idleTimeout.toNanos();
    // Without pings the beat only looks for idle clients: four looks per timeout are enough.
    this.beatMillis =
        pingInterval != null
            ? pingInterval.toMillis()
            : idleTimeout != null ? Math.max(1, idleTimeout.toMillis() / 4) : 0;
  }

  void start() {
    if (beatMillis == 0) {
      return; // neither pings nor an idle timeout
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "channels4j-heartbeat");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(this, beatMillis, beatMillis, TimeUnit.MILLISECONDS);
  }

  void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  @Override
  public void run() {
    try {
      long now = System.nanoTime();
      for (Connection connection : connections) {
        if (connection.silentFor(now) > idleNanos) {
          if (connection.closeIdle()) {
            idleClosed.incrementAndGet();
          }
        } else if (pings) {
          connection.ping();
        }
      }
    } catch (RuntimeException e) {
      log.warn("A heartbeat failed; the next one comes in {} ms", beatMillis, e);
    }
  }

  /** How many connections were closed for being idle. */
  long idleClosed() {
    return idleClosed.get();
  }
}
