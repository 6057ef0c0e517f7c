package io.channels4j.runtime.undertow;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.HttpUpgradeListener;
import io.undertow.server.handlers.ResponseCodeHandler;
import io.undertow.util.Methods;
import io.undertow.websockets.WebSocketConnectionCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.protocol.Handshake;
import io.undertow.websockets.core.protocol.version07.Hybi07Handshake;
import io.undertow.websockets.core.protocol.version08.Hybi08Handshake;
import io.undertow.websockets.core.protocol.version13.Hybi13Handshake;
import io.undertow.websockets.spi.AsyncWebSocketHttpServerExchange;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.xnio.StreamConnection;

/**
 * Does what Undertow's {@code Handlers.websocket(callback)} does, without keeping the HTTP exchange
 * for as long as the socket is open.
 *
 * <p>Undertow keeps an upgraded connection's {@code HttpServerConnection} until the socket closes
 * (its close listener and the open listener's set of connections hold it), and that connection
 * keeps the upgrade listener it was given. {@code WebSocketProtocolHandshakeHandler} gives a new
 * listener per request that holds the request's exchange, so every open WebSocket kept its
 * exchange, both header maps and their strings: about 1.3 KB of heap per idle connection with a
 * minimal client's headers, more with a browser's. Here each WebSocket version has one listener
 * made up front, and the exchange is only wrapped for the duration of the upgrade.
 */
final class WebSocketUpgrade implements HttpHandler {
  private final WebSocketConnectionCallback callback;
  private final Set<WebSocketChannel> peers = ConcurrentHashMap.newKeySet();
  private final List<Version> versions =
      List.of(
          new Version(new Hybi13Handshake()),
          new Version(new Hybi08Handshake()),
          new Version(new Hybi07Handshake()));

  WebSocketUpgrade(WebSocketConnectionCallback callback) {
    this.callback = callback;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    // As Undertow's handler: anything but a WebSocket handshake gets its default answer, 404.
    if (!exchange.getRequestMethod().equals(Methods.GET)) {
      ResponseCodeHandler.HANDLE_404.handleRequest(exchange);
      return;
    }
    AsyncWebSocketHttpServerExchange facade = new AsyncWebSocketHttpServerExchange(exchange, peers);
    for (Version version : versions) {
      if (version.handshake.matches(facade)) {
        exchange.upgradeChannel(version);
        version.handshake.handshake(facade);
        return;
      }
    }
    ResponseCodeHandler.HANDLE_404.handleRequest(exchange);
  }

  /** The upgrade listener of one WebSocket version, shared by all of its connections. */
  private final class Version implements HttpUpgradeListener {
    private final Handshake handshake;

    Version(Handshake handshake) {
      this.handshake = handshake;
    }

    @Override
    public void handleUpgrade(StreamConnection connection, HttpServerExchange upgradedExchange) {
      // A fresh view of the exchange the handshake answered; nothing keeps it after onConnect.
      AsyncWebSocketHttpServerExchange facade =
          new AsyncWebSocketHttpServerExchange(upgradedExchange, peers);
      WebSocketChannel channel =
          handshake.createChannel(facade, connection, facade.getBufferPool());
      peers.add(channel); // the channel removes itself when it closes
      callback.onConnect(facade, channel);
    }
  }
}
