package io.channels4j.runtime.undertow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.Queue;
import org.xnio.ChannelListener;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.StreamConnection;
import org.xnio.channels.StreamSourceChannel;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.ConduitStreamSinkChannel;
import org.xnio.conduits.ConduitWritableByteChannel;
import org.xnio.conduits.Conduits;
import org.xnio.conduits.StreamSinkConduit;

/**
 * Writes a connection's outbox to its socket beneath Undertow's WebSocket channel, which goes on
 * writing its own frames (pings, pongs, the close) through here.
 *
 * <p>The outbox holds whole {@link WebSocketFrames}, each read and never moved, often one broadcast
 * framed once and queued as it is by every member. A write copies as many as fit into its I/O
 * thread's direct buffer and writes that once: no per-member, per-frame object beyond the queue's
 * node, no callback from Undertow, and the copy is the one the JDK would make of a heap buffer
 * anyway. What the socket did not take is copied again from where it stopped.
 *
 * <p>The two kinds of frame meet only between frames, never inside one: Undertow's control frames
 * go ahead of the frames still queued here (a ping jumps the queue), and its close frame goes
 * behind them, after which nothing more is written from the outbox.
 *
 * <p>Both write from the connection's I/O thread, and Undertow now and then from another; each
 * write holds this writer's lock, which is never held while calling into Undertow.
 */
final class FrameWriter extends AbstractStreamSinkConduit<StreamSinkConduit> {
  /** What the writer tells its connection. */
  interface Progress {
    /** {@code frames} frames were taken from the outbox, about to be written. */
    void taken(int frames);

    /** The socket took {@code bytes} bytes of the outbox's frames. */
    void written(long bytes);
  }

  private final StreamConnection socket;
  private final Queue<ByteBuffer> outbox;
  private final Progress progress;

  /** The I/O thread's buffer that frames are copied into to be written. */
  private final ByteBuffer ioBuffer;

  /** Frames taken from the outbox and not yet written whole. */
  private final ArrayDeque<ByteBuffer> taken = new ArrayDeque<>(1); // grows with a backlog, once

  /** Bytes of the first frame taken that the socket took already. */
  private int firstWritten;

  private final FrameBoundary undertow = new FrameBoundary();

  /** Undertow asked to hear when the socket takes more. */
  private boolean undertowResumed;

  /** Frames of the outbox wait for the socket to take more. */
  private boolean waiting;

  /** Undertow's close frame has begun, or writes were shut: the outbox is dropped. */
  private boolean closed;

  private FrameWriter(
      StreamConnection socket, Queue<ByteBuffer> outbox, Progress progress, ByteBuffer ioBuffer) {
    super(socket.getSinkChannel().getConduit());
    this.socket = socket;
    this.outbox = outbox;
    this.progress = progress;
    this.ioBuffer = ioBuffer;
  }

  /**
   * Puts a writer of {@code outbox} beneath the WebSocket channel of {@code socket}, which must
   * have set its write listener.
   *
   * @param ioBuffer a direct buffer that only the socket's I/O thread uses
   */
  static FrameWriter install(
      StreamConnection socket, Queue<ByteBuffer> outbox, Progress progress, ByteBuffer ioBuffer) {
    ConduitStreamSinkChannel sink = socket.getSinkChannel();
    FrameWriter writer = new FrameWriter(socket, outbox, progress, ioBuffer);
    sink.setConduit(writer);
    ChannelListener<? super ConduitStreamSinkChannel> listener = sink.getWriteListener();
    sink.setWriteListener(channel -> writer.writable(channel, listener));
    return writer;
  }

  /**
   * Writes the outbox as far as the socket takes it (I/O thread); the rest when the socket takes
   * more, or after Undertow's frame if it is inside one.
   */
  synchronized void write() throws IOException {
    if (waiting) {
      return; // the socket is full: its write listener goes on
    }
    if (undertow.between()) {
      writeFrames(Integer.MAX_VALUE);
    } else {
      waitForSocket(); // Undertow's frame ends in its next write, when the socket takes more
    }
  }

  /**
   * Writes up to {@code frames} frames, the taken ones first, then the outbox's; whether the socket
   * took them all.
   */
  private boolean writeFrames(int frames) throws IOException {
    ByteBuffer buffer = socket.getIoThread() == Thread.currentThread() ? ioBuffer : null;
    int left = frames;
    while (left > 0 && (!taken.isEmpty() || !closed && !outbox.isEmpty())) {
      if (buffer == null) {
        buffer = ByteBuffer.allocate(ioBuffer.capacity()); // Undertow, off the I/O thread
      }
      buffer.clear();
      int copied = copyTaken(buffer, left);
      if (copied < left && buffer.hasRemaining() && !closed) {
        copied += take(buffer, left - copied);
      }
      buffer.flip();
      int size = buffer.remaining();
      int wrote = next.write(buffer);
      if (wrote > 0) {
        progress.written(wrote);
        left -= advance(wrote);
      }
      if (wrote < size) {
        waitForSocket();
        return false;
      }
    }
    if (waiting && taken.isEmpty() && (closed || outbox.isEmpty())) {
      waiting = false;
      if (!undertowResumed) {
        next.suspendWrites();
      }
    }
    return true;
  }

  /** Copies what is left of up to {@code frames} taken frames; how many it began. */
  private int copyTaken(ByteBuffer buffer, int frames) {
    int count = 0;
    int from = firstWritten;
    for (ByteBuffer frame : taken) {
      if (count == frames || !buffer.hasRemaining()) {
        break;
      }
      copy(frame, from, buffer);
      from = 0;
      count++;
    }
    return count;
  }

  /** Takes up to {@code frames} frames from the outbox while they fit; how many it took. */
  private int take(ByteBuffer buffer, int frames) {
    int count = 0;
    while (count < frames && buffer.hasRemaining()) {
      ByteBuffer frame = outbox.poll();
      if (frame == null) {
        break;
      }
      taken.add(frame);
      copy(frame, 0, buffer);
      count++;
    }
    if (count > 0) {
      progress.taken(count);
    }
    return count;
  }

  /** Copies as much of {@code frame} from {@code from} as fits, leaving the frame as it was. */
  private static void copy(ByteBuffer frame, int from, ByteBuffer buffer) {
    int length = Math.min(frame.remaining() - from, buffer.remaining());
    buffer.put(buffer.position(), frame, frame.position() + from, length);
    buffer.position(buffer.position() + length);
  }

  /** The socket took {@code bytes} more: drops the frames it took whole; how many. */
  private int advance(long bytes) {
    long left = bytes;
    int done = 0;
    while (left > 0) {
      int rest = taken.element().remaining() - firstWritten;
      if (left < rest) {
        firstWritten += (int) left;
        break;
      }
      left -= rest;
      taken.remove();
      firstWritten = 0;
      done++;
    }
    return done;
  }

  private void waitForSocket() {
    waiting = true;
    next.resumeWrites();
  }

  /**
   * The socket takes more: Undertow's frames first, as it asked (its write lets a frame of ours end
   * first), then the outbox's.
   */
  private void writable(
      ConduitStreamSinkChannel channel,
      ChannelListener<? super ConduitStreamSinkChannel> undertowListener) {
    if (isWriteResumed()) {
      ChannelListeners.invokeChannelListener(channel, undertowListener);
    }
    try {
      synchronized (this) {
        if (waiting && undertow.between()) {
          writeFrames(Integer.MAX_VALUE);
        }
      }
    } catch (IOException e) {
      IoUtils.safeClose(socket);
    }
  }

  // ---- Undertow's writes

  @Override
  public synchronized long write(ByteBuffer[] srcs, int offs, int len) throws IOException {
    if (firstWritten > 0 && !writeFrames(1)) {
      return 0; // the frame of ours that the socket took in part ends first
    }
    if (!closed && undertow.between() && FrameBoundary.startsClose(srcs, offs, len)) {
      if (!writeFrames(Integer.MAX_VALUE)) {
        return 0; // the close goes behind everything queued before it
      }
      closed = true;
    }
    int[] from = new int[len];
    for (int i = 0; i < len; i++) {
      from[i] = srcs[offs + i].position();
    }
    long wrote = next.write(srcs, offs, len);
    for (int i = 0; i < len; i++) {
      undertow.written(srcs[offs + i], from[i], srcs[offs + i].position());
    }
    if (undertow.closeBegun() && !closed) {
      closed = true; // a close that began inside a write that ended another frame of Undertow's
      taken.clear();
      firstWritten = 0;
    }
    return wrote;
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    return (int) write(new ByteBuffer[] {src}, 0, 1);
  }

  @Override
  public long writeFinal(ByteBuffer[] srcs, int offset, int length) throws IOException {
    return Conduits.writeFinalBasic(this, srcs, offset, length);
  }

  @Override
  public int writeFinal(ByteBuffer src) throws IOException {
    return Conduits.writeFinalBasic(this, src);
  }

  @Override
  public long transferFrom(FileChannel src, long position, long count) throws IOException {
    return src.transferTo(position, count, new ConduitWritableByteChannel(this));
  }

  @Override
  public long transferFrom(StreamSourceChannel source, long count, ByteBuffer throughBuffer)
      throws IOException {
    return Conduits.transfer(source, count, throughBuffer, this);
  }

  // ---- Undertow's interest in the socket, kept apart from the outbox's

  @Override
  public synchronized void resumeWrites() {
    undertowResumed = true;
    next.resumeWrites();
  }

  @Override
  public synchronized void wakeupWrites() {
    undertowResumed = true;
    next.wakeupWrites();
  }

  @Override
  public synchronized void suspendWrites() {
    undertowResumed = false;
    if (!waiting) {
      next.suspendWrites();
    }
  }

  @Override
  public synchronized boolean isWriteResumed() {
    return undertowResumed;
  }

  @Override
  public void terminateWrites() throws IOException {
    drop();
    next.terminateWrites();
  }

  @Override
  public void truncateWrites() throws IOException {
    drop();
    next.truncateWrites();
  }

  private synchronized void drop() {
    closed = true;
    taken.clear();
    firstWritten = 0;
    outbox.clear();
    waiting = false;
  }
}
