package io.channels4j.runtime.undertow;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;
import org.xnio.XnioIoThread;

/**
 * Flushes the outboxes of one I/O thread's connections, one task for all of them, after the frames
 * that thread has read in the meantime are handled: a connection that is sent several frames while
 * the thread works through a burst of input (a broadcast per inbound frame, pipelined requests)
 * gets them in one gathering write instead of one write each.
 *
 * <p>Undertow hands over one inbound frame per read event and queues the next frame it has already
 * read as a task on the I/O thread, behind a flush queued by the frame before. So this task first
 * queues itself again behind such tasks, and again for as long as they read more frames, up to
 * {@link #MAX_DEFERRALS} times so a busy thread still writes.
 */
final class OutboxFlusher implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(ChannelServer.class);

  private static final int MAX_DEFERRALS = 16;

  private final XnioIoThread thread;
  private final ConcurrentLinkedQueue<Outbox> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  // Used on the I/O thread only.
  private long framesRead;
  private long framesSeen;
  private int deferrals;

  OutboxFlusher(XnioIoThread thread) {
    this.thread = thread;
  }

  /** A frame was read on this flusher's I/O thread. */
  void frameRead() {
    framesRead++;
  }

  /** Flushes {@code connection}'s outbox on the I/O thread; called once per pending flush. */
  void flushSoon(Outbox connection) {
    waiting.add(connection);
    if (!scheduled.get() && scheduled.compareAndSet(false, true)) {
      schedule();
    }
  }

  @Override
  public void run() {
    if (deferrals < MAX_DEFERRALS && (deferrals == 0 || framesRead != framesSeen)) {
      framesSeen = framesRead;
      deferrals++;
      schedule();
      return;
    }
    deferrals = 0;
    framesSeen = framesRead;
    // Lowered before draining: a connection added from now on schedules another run.
    scheduled.set(false);
    for (Outbox connection = waiting.poll(); connection != null; connection = waiting.poll()) {
      try {
        connection.flushOutbox();
      } catch (RuntimeException e) {
        log.error("Cannot write to connection {}", connection.id, e);
        IoUtils.safeClose(connection.channel);
      }
    }
  }

  private void schedule() {
    try {
      thread.execute(this);
    } catch (RejectedExecutionException e) {
      closeWaiting(); // the I/O thread is stopping: its sockets go with it
    }
  }

  private void closeWaiting() {
    for (Outbox connection = waiting.poll(); connection != null; connection = waiting.poll()) {
      IoUtils.safeClose(connection.channel);
    }
  }
}
