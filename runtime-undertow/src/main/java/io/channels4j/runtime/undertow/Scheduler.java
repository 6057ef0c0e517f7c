package io.channels4j.runtime.undertow;

import io.channels4j.runtime.ScheduledTask;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the scheduled tasks this node claims from the broker: a broadcast to its room, a disconnect
 * of a user's connections on every node. Every node polls; the broker gives each run to one.
 */
final class Scheduler implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(ChannelServer.class);

  /** How often the broker is asked for due runs: a run starts at most this late. */
  static final long POLL_MILLIS = 200;

  private final ServerContext context;
  private final ServerAdmin admin;
  private final LongSupplier clockMillis;
  private ScheduledExecutorService timer;

  Scheduler(ServerContext context, ServerAdmin admin, LongSupplier clockMillis) {
    this.context = context;
    this.admin = admin;
    this.clockMillis = clockMillis;
  }

  void start() {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "channels4j-scheduler");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(this, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  @Override
  public void run() {
    try {
      for (ScheduledTask task : context.broker.claimDue(clockMillis.getAsLong())) {
        runTask(task);
      }
    } catch (RuntimeException e) {
      if (context.broker.healthy()) {
        log.warn("Claiming the due scheduled tasks failed", e);
      }
    }
  }

  private void runTask(ScheduledTask task) {
    try {
      switch (task.kind()) {
        case BROADCAST ->
            admin.broadcastJson(task.target(), task.message().getBytes(StandardCharsets.UTF_8));
        case DISCONNECT -> admin.disconnectUser(task.target(), task.code(), task.reason());
      }
    } catch (RuntimeException e) {
      log.warn("The scheduled task {} failed", task.id(), e);
    }
  }
}
