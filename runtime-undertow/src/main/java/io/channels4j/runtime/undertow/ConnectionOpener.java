package io.channels4j.runtime.undertow;

import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.spi.WebSocketHttpExchange;
import java.util.UUID;
import org.xnio.StreamConnection;

/**
 * Turns each upgraded socket into a {@link Connection}: registers it, wires its frames, queues its
 * connect and makes its close undo everything, also when the socket closed before this ran.
 */
final class ConnectionOpener implements WebSocketUpgrade.Opened {
  private final ServerContext context;

  ConnectionOpener(ServerContext context) {
    this.context = context;
  }

  @Override
  public void onConnect(
      StreamConnection socket, WebSocketHttpExchange exchange, WebSocketChannel channel) {
    // Before any read: the flusher of the socket's I/O thread sees its read events.
    ReadEvents.watch(socket, context.flusher(socket.getIoThread()));
    Handshake handshake = exchange.getAttachment(Handshake.KEY);
    Connection connection =
        new Connection(
            UUID.randomUUID().toString(),
            context.nextSequence(),
            context,
            socket,
            channel,
            handshake);
    context.connections.add(connection);
    channel
        .getReceiveSetter()
        .set(new FrameReceiver(connection, context.maxFrameBytes, context.maxBinaryFrameBytes));
    connection.execute(connection::connect);
    connection.leaveOnClose();
    channel.resumeReceives();
    if (context.stopping) {
      connection.closeWith(1001, "Server shutting down");
    }
  }
}
