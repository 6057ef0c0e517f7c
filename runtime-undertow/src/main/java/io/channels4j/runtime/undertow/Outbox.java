package io.channels4j.runtime.undertow;

import io.undertow.websockets.core.WebSocketChannel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.xnio.IoUtils;
import org.xnio.StreamConnection;

/**
 * A connection's byte-bounded outbound queue of {@link WebSocketFrames}, written by its {@link
 * FrameWriter} at once when its I/O thread is idle and in one write per I/O-loop pass when it is
 * busy ({@link OutboxFlusher}), and the detection of a client too slow to read it.
 */
abstract class Outbox extends SerialQueue implements FrameWriter.Progress {
  private final AtomicLong queuedBytes = new AtomicLong();
  private final ConcurrentLinkedQueue<ByteBuffer> outbox = new ConcurrentLinkedQueue<>();
  private final AtomicLong drains = new AtomicLong();

  /** Flushes this connection's outbox; {@link FrameReceiver} tells it of every frame read. */
  final OutboxFlusher flusher;

  /** The form the client reads frames in. */
  final WireFormat format;

  private final ServerMetrics.Count framesOut;

  private final FrameWriter writer;

  Outbox(
      String id,
      ServerContext server,
      StreamConnection socket,
      WebSocketChannel channel,
      Handshake handshake) {
    super(id, server, channel);
    this.flusher = server.flusher(channel.getIoThread());
    this.writer = FrameWriter.install(socket, outbox, this, flusher.ioBuffer);
    this.format = handshake.format();
    this.framesOut = server.metrics.framesOut(handshake.mount().descriptor.path());
  }

  /**
   * Sends a close frame behind the queued frames and stops sending.
   *
   * @return whether this call started the close
   */
  abstract boolean closeWith(int code, String reason);

  /**
   * Queues one frame as the server makes it, text or binary as {@link BinaryFrames} marks it, in
   * the client's wire format.
   */
  void send(ByteBuffer frame) {
    queue(format.framed(frame));
  }

  /**
   * Queues one frame already in the client's wire format and framed, such as a broadcast framed
   * once for all of a node's clients of that format, which every one of them queues and none moves.
   * A client whose queue stays over {@code maxQueuedBytes} for the slow client timeout, or reaches
   * four times it, is closed with 1008; its frames are dropped, so the heap holds at most four
   * times the bound per connection.
   */
  void queue(ByteBuffer frame) {
    if (is(CLOSING)) {
      return;
    }
    int size = frame.remaining();
    long queued = queuedBytes.addAndGet(size);
    if (queued > server.maxQueuedBytes && queued != size) {
      if (queued > 4 * server.maxQueuedBytes) {
        queuedBytes.addAndGet(-size);
        closeSlow();
        return;
      }
      if (raise(CONGESTED)) {
        // A burst may pass the bound while the client still reads; only a queue that stays
        // over it (no drain below the bound since now) marks the client as slow.
        long generation = drains.get();
        later(
            () -> {
              if (drains.get() == generation && queuedBytes.get() > server.maxQueuedBytes) {
                closeSlow();
              }
            },
            server.slowClientTimeoutMillis);
      }
    }
    outbox.add(frame);
    if (raise(FLUSH_SCHEDULED)) {
      flusher.flush(this);
    }
  }

  /**
   * Writes every queued frame (I/O thread): a client that falls behind gets one write per I/O-loop
   * pass instead of one per frame, and the rest when its socket takes more.
   */
  void flushOutbox() {
    lower(FLUSH_SCHEDULED);
    try {
      writer.write();
    } catch (IOException e) {
      IoUtils.safeClose(channel); // a reset: its close tasks undo the connection
    }
  }

  private void closeSlow() {
    if (closeWith(1008, "Client too slow to read")) {
      closedSlow();
    }
  }

  /** Tells the server a slow client was closed, for its count and log. */
  abstract void closedSlow();

  long queuedBytes() {
    return queuedBytes.get();
  }

  @Override
  public final void taken(int frames) {
    framesOut.add(frames); // before the write that lets the client read them
  }

  @Override
  public final void written(long bytes) {
    drained(queuedBytes.addAndGet(-bytes));
  }

  private void drained(long queued) {
    if (queued <= server.maxQueuedBytes && is(CONGESTED)) {
      drains.incrementAndGet();
      lower(CONGESTED);
    }
  }
}
