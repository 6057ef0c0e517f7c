package io.channels4j.benchmarks.server;

import io.undertow.Undertow;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedBinaryMessage;
import io.undertow.websockets.core.StreamSourceFrameChannel;
import io.undertow.websockets.core.WebSocketCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okio.Buffer;
import org.xnio.IoUtils;
import org.xnio.XnioIoThread;

/**
 * The tuned baseline: the bench protocol of {@link RawServer}, written as fast as hand-written
 * Undertow code gets, so that ratios are against the best a user could write by hand.
 *
 * <ul>
 *   <li>Text frames are read as their bytes ({@link BufferedBinaryMessage} on a text frame)
 *       straight into Moshi, with no {@code String} of the whole frame in between.
 *   <li>Each answer or broadcast is encoded once, to bytes; every member is sent a read-only
 *       duplicate of them.
 *   <li>What the frames of one I/O pass send a connection is handed to Undertow in one go with the
 *       channel set to wait for an explicit flush, then flushed once: by a task per I/O thread
 *       queued behind the frames that thread has already read, so a burst is one write.
 * </ul>
 */
public final class RawTunedServer {
  private static final long MAX_FRAME = 1 << 20;

  private final Set<WebSocketChannel> members = ConcurrentHashMap.newKeySet();
  private final Map<XnioIoThread, Flusher> flushers = new ConcurrentHashMap<>();

  private RawTunedServer() {}

  /** Starts the server on {@code 127.0.0.1:port}. */
  public static Undertow start(int port) {
    RawTunedServer server = new RawTunedServer();
    return BenchProtocol.listen(port, server.members, server.new Listener());
  }

  private final class Listener extends AbstractReceiveListener {
    @Override
    protected void onText(WebSocketChannel channel, StreamSourceFrameChannel frame)
        throws IOException {
      BufferedBinaryMessage message = new BufferedBinaryMessage(MAX_FRAME, true);
      message.read(
          frame,
          new WebSocketCallback<>() {
            @Override
            public void complete(WebSocketChannel socket, BufferedBinaryMessage read) {
              try {
                handle(socket, read);
              } catch (IOException e) {
                IoUtils.safeClose(socket);
              }
            }

            @Override
            public void onError(
                WebSocketChannel socket, BufferedBinaryMessage read, Throwable error) {
              IoUtils.safeClose(socket);
            }
          });
    }
  }

  private void handle(WebSocketChannel channel, BufferedBinaryMessage message) throws IOException {
    Buffer bytes = new Buffer();
    var pooled = message.getData();
    try {
      for (ByteBuffer part : pooled.getResource()) {
        bytes.write(part);
      }
    } finally {
      pooled.free();
    }
    BenchProtocol frame = BenchProtocol.read(bytes);
    if ("echo".equals(frame.action())) {
      send(channel, encoded(frame));
    } else if ("message".equals(frame.action())) {
      ByteBuffer answer = encoded(frame);
      for (WebSocketChannel member : members) {
        send(member, answer.duplicate());
      }
    }
  }

  private void send(WebSocketChannel member, ByteBuffer frame) {
    flushers.computeIfAbsent(member.getIoThread(), Flusher::new).send(member, frame);
  }

  private static ByteBuffer encoded(BenchProtocol frame) throws IOException {
    return ByteBuffer.wrap(frame.answer().readByteArray()).asReadOnlyBuffer();
  }

  /** Writes, on its I/O thread, what its connections were sent since it last ran. */
  private static final class Flusher implements Runnable {
    private final XnioIoThread thread;
    private Map<WebSocketChannel, List<ByteBuffer>> pending = new IdentityHashMap<>();

    Flusher(XnioIoThread thread) {
      this.thread = thread;
    }

    synchronized void send(WebSocketChannel channel, ByteBuffer frame) {
      if (pending.isEmpty()) {
        thread.execute(this); // behind the frames this thread has already read
      }
      pending.computeIfAbsent(channel, c -> new ArrayList<>()).add(frame);
    }

    @Override
    public void run() {
      Map<WebSocketChannel, List<ByteBuffer>> sends;
      synchronized (this) {
        sends = pending;
        pending = new IdentityHashMap<>();
      }
      sends.forEach(
          (channel, frames) -> {
            // Undertow writes each frame as it is queued unless told to wait for flush().
            channel.setRequireExplicitFlush(true);
            try {
              for (ByteBuffer frame : frames) {
                WebSockets.sendText(frame, channel, null);
              }
            } finally {
              channel.setRequireExplicitFlush(false);
              channel.flush();
            }
          });
    }
  }
}
