package io.channels4j.runtime.undertow;

import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;
import org.xnio.XnioIoThread;

/**
 * Flushes the outboxes of one I/O thread's connections: at once when the thread is not busy, else
 * in one task for all of them, after the frames that thread has read in the meantime are handled.
 *
 * <p>A frame queued on the thread itself, for a connection with nothing else queued, while no flush
 * is pending on the thread and the thread has not lately read frames behind others, is written at
 * once: a reply or broadcast leaves in the I/O pass that made it, with no task. When more is coming
 * it waits instead, so that a connection that is sent several frames while the thread works through
 * a burst of input (a broadcast per inbound frame, pipelined requests) gets them in one write
 * instead of one write each.
 *
 * <p>"More is coming" is seen from how Undertow reads: a socket's read event hands over one frame,
 * and the further frames it has already read come from a task it queues on the I/O thread ({@link
 * ReadEvents} tells the two apart). The first such frame makes the thread coalesce until a flush
 * task sees none: a reply to a lone frame cannot know whether frames follow it, so it leaves at
 * once, and only what comes behind it waits. Undertow's task is queued behind a flush queued by the
 * frame before, so the flush task first queues itself again behind such tasks, and again for as
 * long as they read more frames, up to {@link #MAX_DEFERRALS} times so a busy thread still writes.
 */
final class OutboxFlusher implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(ChannelServer.class);

  private static final int MAX_DEFERRALS = 16;

  private final XnioIoThread thread;

  /** The buffer this thread's {@link FrameWriter}s copy frames into to write them. */
  final ByteBuffer ioBuffer = ByteBuffer.allocateDirect(64 * 1024);

  private final ConcurrentLinkedQueue<Outbox> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  // Used on the I/O thread only.
  private long framesRead;
  private long framesSeen;
  private int deferrals;

  /** A socket's read event is being handled (not a frame Undertow read before). */
  private boolean inReadEvent;

  /** Frames came in behind others lately: the thread coalesces instead of writing at once. */
  private boolean pipelined;

  /** A frame came in behind others since the last flush task wrote. */
  private boolean pipelinedSinceFlush;

  // What tests observe of it: flush tasks run (deferrals included), outboxes written, at once.
  private long tasksRun;
  private long written;
  private long writtenAtOnce;

  OutboxFlusher(XnioIoThread thread) {
    this.thread = thread;
  }

  /** A socket's read event starts ({@code true}) or ends on this flusher's I/O thread. */
  void readEvent(boolean starts) {
    inReadEvent = starts;
  }

  /** A frame was read on this flusher's I/O thread. */
  void frameRead() {
    framesRead++;
    if (!inReadEvent) {
      pipelined = true;
      pipelinedSinceFlush = true;
    }
  }

  /**
   * Flushes {@code connection}'s outbox, at once if nothing else waits and nothing more is coming,
   * else on the I/O thread soon; called once per pending flush.
   */
  void flush(Outbox connection) {
    if (Thread.currentThread() == thread && !pipelined && !scheduled.get()) {
      writtenAtOnce++;
      write(connection);
    } else {
      flushSoon(connection);
    }
  }

  private void flushSoon(Outbox connection) {
    waiting.add(connection);
    if (!scheduled.get() && scheduled.compareAndSet(false, true)) {
      schedule();
    }
  }

  @Override
  public void run() {
    tasksRun++;
    if (deferrals < MAX_DEFERRALS && (deferrals == 0 || framesRead != framesSeen)) {
      framesSeen = framesRead;
      deferrals++;
      schedule();
      return;
    }
    deferrals = 0;
    framesSeen = framesRead;
    // A burst with no frame read behind another ends the coalescing: the next frames go at once.
    pipelined = pipelinedSinceFlush;
    pipelinedSinceFlush = false;
    // Lowered before draining: a connection added from now on schedules another run.
    scheduled.set(false);
    for (Outbox connection = waiting.poll(); connection != null; connection = waiting.poll()) {
      write(connection);
    }
  }

  private void write(Outbox connection) {
    written++;
    try {
      connection.flushOutbox();
    } catch (RuntimeException e) {
      log.error("Cannot write to connection {}", connection.id, e);
      IoUtils.safeClose(connection.channel);
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

  /** How this flusher has written so far; read it on its I/O thread. */
  Counts counts() {
    return new Counts(tasksRun, written, writtenAtOnce);
  }

  /**
   * Flush tasks run, deferrals included; outboxes written, one write each; of those, how many at
   * once, with no task.
   */
  record Counts(long tasksRun, long written, long writtenAtOnce) {}
}
