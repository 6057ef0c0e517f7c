package io.channels4j.runtime.undertow;

import io.undertow.websockets.core.WebSocketCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A connection's byte-bounded outbound queue, written at once when its I/O thread is idle and in
 * one write per I/O-loop pass when it is busy ({@link OutboxFlusher}), and the detection of a
 * client too slow to read it.
 */
abstract class Outbox extends SerialQueue {
  private final AtomicLong queuedBytes = new AtomicLong();
  private final ConcurrentLinkedQueue<ByteBuffer> outbox = new ConcurrentLinkedQueue<>();
  private final AtomicLong drains = new AtomicLong();

  /** Flushes this connection's outbox; {@link FrameReceiver} tells it of every frame read. */
  final OutboxFlusher flusher;

  /** The form the client reads frames in. */
  final WireFormat format;

  private final ServerMetrics.Count framesOut;

  Outbox(String id, ServerContext server, WebSocketChannel channel, Handshake handshake) {
    super(id, server, channel);
    this.flusher = server.flusher(channel.getIoThread());
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
    queue(format.outbound(frame));
  }

  /**
   * Queues one frame already in the client's wire format, such as a broadcast converted once for
   * all of a node's clients of that format. A client whose queue stays over {@code maxQueuedBytes}
   * for the slow client timeout, or reaches four times it, is closed with 1008; its frames are
   * dropped, so the heap holds at most four times the bound per connection.
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
   * Hands every queued frame to Undertow and writes them all with one flush (I/O thread): a client
   * that falls behind gets one gathering write per I/O-loop pass instead of one per frame.
   */
  void flushOutbox() {
    lower(FLUSH_SCHEDULED);
    // Undertow writes a frame as soon as it is queued unless told to wait for flush(); only frames
    // queued here wait, its own pongs and close answers are written at once as before.
    channel.setRequireExplicitFlush(true);
    try {
      int frames = 0;
      for (ByteBuffer frame = outbox.poll(); frame != null; frame = outbox.poll(), frames++) {
        Sent sent = new Sent(frame.remaining());
        if (BinaryFrames.isBinary(frame)) {
          WebSockets.sendBinary(BinaryFrames.payload(frame), channel, sent);
        } else {
          WebSockets.sendText(frame, channel, sent);
        }
      }
      framesOut.add(frames); // once per pass, before the flush lets the client read them
    } finally {
      channel.setRequireExplicitFlush(false);
      channel.flush();
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

  private final class Sent implements WebSocketCallback<Void> {
    private final int size;

    Sent(int size) {
      this.size = size;
    }

    @Override
    public void complete(WebSocketChannel channel, Void context) {
      drained(queuedBytes.addAndGet(-size));
    }

    @Override
    public void onError(WebSocketChannel channel, Void context, Throwable throwable) {
      drained(queuedBytes.addAndGet(-size));
    }
  }

  private void drained(long queued) {
    if (queued <= server.maxQueuedBytes && is(CONGESTED)) {
      drains.incrementAndGet();
      lower(CONGESTED);
    }
  }
}
