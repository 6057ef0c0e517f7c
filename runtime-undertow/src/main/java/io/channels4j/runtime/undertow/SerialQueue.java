package io.channels4j.runtime.undertow;

import io.undertow.websockets.core.WebSocketChannel;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;

/**
 * The base of a {@link Connection}: its serial task queue over the shared executor (tasks run in
 * the order queued, off the I/O threads), the timers on its I/O thread, and the state bits the
 * layers above share.
 *
 * <p>The layers are one class chain, {@code SerialQueue} &lt;- {@link Outbox} &lt;- {@link
 * CloseHandshake} &lt;- {@link Connection}, so a connection stays one object: thousands of idle
 * ones are held open.
 */
abstract class SerialQueue {
  static final Logger log = LoggerFactory.getLogger(ChannelServer.class);

  /** Tasks run per turn before the queue yields its executor thread to other connections. */
  private static final int TASKS_PER_TURN = 64;

  final String id;
  final ServerContext server;
  final WebSocketChannel channel;

  private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicInteger pendingTasks = new AtomicInteger();
  private final Runnable drainTask = this::drain;

  // Per idle connection, every object counts: the flags below share one atomic int.

  /** Reading is paused until the handlers catch up (inbound backpressure). */
  static final int RECEIVES_SUSPENDED = 1;

  /** A close has started: nothing more is sent or handled. */
  static final int CLOSING = 1 << 1;

  /** The outbound queue passed its bound and the slow-client check is pending. */
  static final int CONGESTED = 1 << 2;

  /** A flush of the outbox is queued on the I/O thread. */
  static final int FLUSH_SCHEDULED = 1 << 3;

  /** The connection left its rooms; it joins none again. */
  static final int LEFT = 1 << 4;

  private final AtomicInteger flags = new AtomicInteger();

  SerialQueue(String id, ServerContext server, WebSocketChannel channel) {
    this.id = id;
    this.server = server;
    this.channel = channel;
  }

  /**
   * Runs {@code task} after every task queued before it, on the server's executor or, if it has
   * none, on the connection's I/O thread.
   */
  void execute(Runnable task) {
    tasks.add(task);
    if (pendingTasks.getAndIncrement() == 0) {
      if (server.executor == null && Thread.currentThread() == channel.getIoThread()) {
        drain(); // already where the task runs: no trip through the I/O thread's task queue
      } else {
        schedule();
      }
    }
  }

  private void schedule() {
    try {
      (server.executor != null ? server.executor : channel.getIoThread()).execute(drainTask);
    } catch (RejectedExecutionException e) {
      drain(); // the executor is gone (server stopping): run here rather than lose leave events
    }
  }

  private void drain() {
    int ran = 0;
    while (true) {
      Runnable task = tasks.poll();
      try {
        task.run();
      } catch (Throwable t) {
        log.error("Unexpected error on connection {}", id, t);
      }
      if (pendingTasks.decrementAndGet() == 0) {
        return;
      }
      if (++ran == TASKS_PER_TURN) {
        schedule();
        return;
      }
    }
  }

  // ---- the I/O thread

  /** Runs {@code task} on the connection's I/O thread, after what is already queued there. */
  void onIoThread(Runnable task) {
    try {
      channel.getIoThread().execute(task);
    } catch (RejectedExecutionException e) {
      IoUtils.safeClose(channel); // the I/O thread is stopping: the socket goes with it
    }
  }

  /** Runs {@code task} on the connection's I/O thread after {@code millis}. */
  void later(Runnable task, long millis) {
    try {
      channel.getIoThread().executeAfter(task, millis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      IoUtils.safeClose(channel); // the I/O thread is stopping: the socket goes with it
    }
  }

  // ---- the state bits

  /** Sets {@code flag}; whether this call set it. */
  boolean raise(int flag) {
    return (flags.getAndAccumulate(flag, (state, bit) -> state | bit) & flag) == 0;
  }

  /** Clears {@code flag}; whether this call cleared it. */
  boolean lower(int flag) {
    return (flags.getAndAccumulate(flag, (state, bit) -> state & ~bit) & flag) != 0;
  }

  boolean is(int flag) {
    return (flags.get() & flag) != 0;
  }
}
