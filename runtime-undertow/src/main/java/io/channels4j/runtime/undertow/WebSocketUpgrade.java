package io.channels4j.runtime.undertow;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.HttpUpgradeListener;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSocketVersion;
import io.undertow.websockets.core.protocol.Handshake;
import io.undertow.websockets.spi.AsyncWebSocketHttpServerExchange;
import io.undertow.websockets.spi.WebSocketHttpExchange;
import java.util.Base64;
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
  private static final Set<String> SUPPORTED_VERSIONS = Set.of("13", "8", "7");
  private static final String VERSIONS_HEADER = "13, 8, 7";

  private final Opened opened;
  private final Set<WebSocketChannel> peers = ConcurrentHashMap.newKeySet();
  private final List<Version> versions =
      List.of(
          new Version(new StrictHandshake(WebSocketVersion.V13)),
          new Version(new StrictHandshake(WebSocketVersion.V08)),
          new Version(new StrictHandshake(WebSocketVersion.V07)));

  /** What is done with each upgraded socket, before it reads anything. */
  @FunctionalInterface
  interface Opened {
    void onConnect(
        StreamConnection socket, WebSocketHttpExchange exchange, WebSocketChannel channel);
  }

  WebSocketUpgrade(Opened opened) {
    this.opened = opened;
  }

  /** Upgrades a request that {@link #refused} let by: the router asks it first, once. */
  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    AsyncWebSocketHttpServerExchange facade = new AsyncWebSocketHttpServerExchange(exchange, peers);
    for (Version version : versions) {
      if (version.handshake.matches(facade)) {
        exchange.upgradeChannel(version);
        version.handshake.handshake(facade);
        return;
      }
    }
    answer(exchange, StatusCodes.BAD_REQUEST); // refused() lets no such request by
  }

  /**
   * Answers a request to a channel path that is not a WebSocket handshake this server takes, as RFC
   * 6455 section 4 asks; whether it did. The path exists, so it is never 404: another method than
   * GET gets 405; a GET without the upgrade headers, or with a key that is not the base64 of 16
   * bytes, 400; a WebSocket version other than 13, 8 or 7, 426 with the versions supported.
   */
  static boolean refused(HttpServerExchange exchange) {
    HeaderMap headers = exchange.getRequestHeaders();
    if (!exchange.getRequestMethod().equals(Methods.GET)) {
      exchange.getResponseHeaders().put(Headers.ALLOW, Methods.GET_STRING);
      return answer(exchange, StatusCodes.METHOD_NOT_ALLOWED);
    }
    if (!hasToken(headers.get(Headers.UPGRADE), "websocket")
        || !hasToken(headers.get(Headers.CONNECTION), "upgrade")) {
      return answer(exchange, StatusCodes.BAD_REQUEST);
    }
    if (!SUPPORTED_VERSIONS.contains(
        String.valueOf(headers.getFirst(Headers.SEC_WEB_SOCKET_VERSION)))) {
      exchange.getResponseHeaders().put(Headers.SEC_WEB_SOCKET_VERSION, VERSIONS_HEADER);
      return answer(exchange, StatusCodes.UPGRADE_REQUIRED);
    }
    if (!isKey(headers.getFirst(Headers.SEC_WEB_SOCKET_KEY))) {
      return answer(exchange, StatusCodes.BAD_REQUEST);
    }
    return false;
  }

  private static boolean answer(HttpServerExchange exchange, int status) {
    exchange.setStatusCode(status);
    exchange.endExchange();
    return true;
  }

  /** Whether a comma-separated header, such as {@code Connection: keep-alive, Upgrade}, has it. */
  private static boolean hasToken(HeaderValues values, String token) {
    if (values != null) {
      for (String value : values) {
        for (String part : value.split(",")) {
          if (part.trim().equalsIgnoreCase(token)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether {@code key} is the base64 of 16 bytes, as a {@code Sec-WebSocket-Key} must be. */
  private static boolean isKey(String key) {
    if (key == null || key.trim().length() != 24) {
      return false;
    }
    try {
      return Base64.getDecoder().decode(key.trim()).length == 16;
    } catch (IllegalArgumentException e) {
      return false;
    }
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
      opened.onConnect(connection, facade, channel);
    }
  }
}
