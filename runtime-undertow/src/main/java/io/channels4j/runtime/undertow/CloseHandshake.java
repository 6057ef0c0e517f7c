package io.channels4j.runtime.undertow;

import io.undertow.websockets.core.WebSocketCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import org.xnio.IoUtils;
import org.xnio.StreamConnection;

/** A connection's close handshake, bounded in time: the socket is cut if the client is silent. */
abstract class CloseHandshake extends Outbox {
  /** How long a client that has received our close frame gets to answer it. */
  private static final long CLOSE_LINGER_MILLIS = 1000;

  CloseHandshake(
      String id,
      ServerContext server,
      StreamConnection socket,
      WebSocketChannel channel,
      Handshake handshake) {
    super(id, server, socket, channel, handshake);
  }

  /**
   * Sends a close frame and stops sending; the socket is closed outright if the client has not
   * completed the close handshake within the server's close timeout.
   *
   * @return whether this call started the close
   */
  /** The code of the close frame this side sent first; 0 until then. */
  private volatile int sentCloseCode;

  @Override
  boolean closeWith(int code, String reason) {
    if (!raise(CLOSING)) {
      return false;
    }
    sentCloseCode = code;
    // Behind the frames already queued, such as the error frame that explains the close.
    onIoThread(
        () -> {
          flushOutbox();
          sendClose(code, reason);
        });
    later(() -> IoUtils.safeClose(channel), server.closeTimeoutMillis);
    return true;
  }

  private void sendClose(int code, String reason) {
    WebSockets.sendClose(
        code,
        reason,
        channel,
        new WebSocketCallback<Void>() {
          @Override
          public void complete(WebSocketChannel ws, Void context) {
            // The client has our close frame. Undertow does not always notice its answer (or its
            // TCP close) once it has sent a close behind a backlog, so do not wait long for it.
            later(
                () -> IoUtils.safeClose(ws),
                Math.min(CLOSE_LINGER_MILLIS, server.closeTimeoutMillis));
          }

          @Override
          public void onError(WebSocketChannel ws, Void context, Throwable throwable) {
            IoUtils.safeClose(ws);
          }
        });
  }

  /**
   * The code the connection closed with: the one this side sent, else the client's, else 1006 for a
   * socket that ended without a close frame (a reset, a timeout).
   */
  final int closeCode() {
    if (sentCloseCode != 0) {
      return sentCloseCode;
    }
    return channel.isCloseFrameReceived() && channel.getCloseCode() > 0
        ? channel.getCloseCode()
        : 1006;
  }
}
