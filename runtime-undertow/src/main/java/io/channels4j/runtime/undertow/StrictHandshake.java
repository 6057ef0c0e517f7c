package io.channels4j.runtime.undertow;

import io.undertow.connector.ByteBufferPool;
import io.undertow.util.Headers;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSocketVersion;
import io.undertow.websockets.core.protocol.version07.Hybi07Handshake;
import io.undertow.websockets.extensions.CompositeExtensionFunction;
import io.undertow.websockets.extensions.ExtensionFunction;
import io.undertow.websockets.spi.WebSocketHttpExchange;
import java.util.List;
import java.util.Set;
import org.xnio.StreamConnection;

/**
 * The handshake of one WebSocket version (13, 8 and 7 differ only in the version they answer to),
 * making a {@link StrictChannel} where Undertow's would make its own channel.
 */
final class StrictHandshake extends Hybi07Handshake {
  StrictHandshake(WebSocketVersion version) {
    super(version, Set.of(), false);
  }

  @Override
  public WebSocketChannel createChannel(
      WebSocketHttpExchange exchange, StreamConnection connection, ByteBufferPool pool) {
    List<ExtensionFunction> extensions = initExtensions(exchange);
    return new StrictChannel(
        getVersion(),
        connection,
        pool,
        getWebSocketLocation(exchange),
        exchange.getResponseHeader(Headers.SEC_WEB_SOCKET_PROTOCOL_STRING),
        !extensions.isEmpty(),
        CompositeExtensionFunction.compose(extensions),
        exchange.getPeerConnections(),
        exchange.getOptions());
  }
}
