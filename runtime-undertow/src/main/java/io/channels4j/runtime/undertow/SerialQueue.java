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

  /** The hold a task running now asked for; read by the thread that runs it, once it returns. */
  private Hold holding;

  /** The hold the queue waits on, if it waits, for {@link #releaseHold()}. */
  private volatile Hold held;

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
    execute(task, false);
  }

  /**
   * {@link #execute(Runnable)}, but a task that never blocks ({@code nonBlocking}) runs at once
   * when it is queued on the connection's I/O thread with nothing ahead of it: no hand-off to the
   * executor and back. The tasks queued behind it go to the executor as usual.
   */
  void execute(Runnable task, boolean nonBlocking) {
    tasks.add(task);
    if (pendingTasks.getAndIncrement() == 0) {
      if (Thread.currentThread() != channel.getIoThread()) {
        schedule();
      } else if (server.executor == null) {
        drain(); // already where the task runs: no trip through the I/O thread's task queue
      } else if (nonBlocking && tasks.peek() == task) {
        drain(1); // not when another thread's task got in first: that one may block
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
    drain(TASKS_PER_TURN);
  }

  /** Runs queued tasks, at most {@code turn} of them before it hands the rest on. */
  private void drain(int turn) {
    int ran = 0;
    while (true) {
      Runnable task = tasks.poll();
      try {
        task.run();
      } catch (Throwable t) {
        log.error("Unexpected error on connection {}", id, t);
      }
      Hold hold = holding;
      if (hold != null) {
        holding = null;
        if (hold.parks()) {
          return; // the task's count stays pending until the hold is released
        }
      }
      if (pendingTasks.decrementAndGet() == 0) {
        return;
      }
      if (++ran == turn) {
        schedule();
        return;
      }
    }
  }

  /**
   * Makes the queue wait, once the task now running returns, until the hold is released: an
   * action's frame is done when the stage it returned completes, not when it returns. The close of
   * the connection releases the hold, so its leave event never waits for a stage that never ends.
   */
  Hold hold() {
    Hold hold = new Hold();
    holding = hold;
    held = hold;
    if (!channel.isOpen()) {
      hold.release(); // closed already: its close task may have looked for a hold before this one
    }
    return hold;
  }

  /** Releases the hold the queue may be waiting on; for the close of the connection. */
  void releaseHold() {
    Hold hold = held;
    if (hold != null) {
      hold.release();
    }
  }

  /** One task's hold on the queue; see {@link #hold()}. */
  final class Hold {
    private static final int IN_TASK = 0;
    private static final int RELEASED_IN_TASK = 1;
    private static final int PARKED = 2;
    private static final int RELEASED = 3;

    private final AtomicInteger state = new AtomicInteger(IN_TASK);

    /** Lets the queue go on; once, whoever calls it first (the stage, or the close). */
    void release() {
      if (state.compareAndSet(IN_TASK, RELEASED_IN_TASK)) {
        return; // released before the task returned: the queue simply goes on
      }
      if (state.compareAndSet(PARKED, RELEASED)) {
        if (held == this) {
          held = null;
        }
        if (pendingTasks.decrementAndGet() > 0) {
          schedule();
        }
      }
    }

    /** Whether the queue must stop after the task: the hold was not released while it ran. */
    private boolean parks() {
      return state.compareAndSet(IN_TASK, PARKED);
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
