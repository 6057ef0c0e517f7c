package io.channels4j.runtime.undertow;

import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.nio.ByteBuffer;
import org.xnio.StreamConnection;

/**
 * A connection's liveness: when its client was last heard from (any frame, a pong included), the
 * pings {@link Heartbeat} sends it, and the close of a client silent for the idle timeout.
 */
abstract class Keepalive extends CloseHandshake {
  private static final ByteBuffer NO_DATA = ByteBuffer.allocate(0);

  /** {@link System#nanoTime()} when the client was last heard from. */
  private volatile long lastHeard = System.nanoTime();

  Keepalive(
      String id,
      ServerContext server,
      StreamConnection socket,
      WebSocketChannel channel,
      Handshake handshake) {
    super(id, server, socket, channel, handshake);
  }

  /** The client sent something (I/O thread). */
  final void heard() {
    lastHeard = System.nanoTime();
  }

  /** Nanoseconds since the client was last heard from, at {@code now}. */
  final long silentFor(long now) {
    return now - lastHeard;
  }

  /** Sends a ping, ahead of the queued frames; a client answers it with a pong. */
  final void ping() {
    onIoThread(() -> WebSockets.sendPing(NO_DATA.duplicate(), channel, null));
  }

  /** Closes with 1001, the client having been silent for the idle timeout; whether it did. */
  final boolean closeIdle() {
    return closeWith(1001, "Idle timeout");
  }
}
