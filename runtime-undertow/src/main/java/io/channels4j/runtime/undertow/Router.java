package io.channels4j.runtime.undertow;

import io.channels4j.runtime.Authenticator;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's HTTP entry: the health check, the admin API, the channels' upgrade requests (origin
 * and token checked before the upgrade), then static resources.
 */
final class Router implements HttpHandler {
  private static final Logger log = LoggerFactory.getLogger(ChannelServer.class);

  private final ServerContext server;
  private final List<Mount> mounts;
  private final AdminHandler admin;
  private final String healthPath;
  private final Set<String> allowedOrigins;
  private final Authenticator authenticator;
  private final String tokenQueryParam;
  private final String tokenCookie;
  private final HttpHandler fallback;

  Router(
      ServerContext server,
      List<Mount> mounts,
      AdminHandler admin,
      String healthPath,
      Set<String> allowedOrigins,
      Authenticator authenticator,
      String tokenQueryParam,
      String tokenCookie,
      HttpHandler fallback) {
    this.server = server;
    this.mounts = List.copyOf(mounts);
    this.admin = admin;
    this.healthPath = healthPath;
    this.allowedOrigins = Set.copyOf(allowedOrigins);
    this.authenticator = authenticator;
    this.tokenQueryParam = tokenQueryParam;
    this.tokenCookie = tokenCookie;
    this.fallback = fallback;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String path = exchange.getRequestPath();
    if (healthPath != null && healthPath.equals(path)) {
      boolean healthy = server.broker.healthy();
      respond(
          exchange,
          healthy ? StatusCodes.OK : StatusCodes.SERVICE_UNAVAILABLE,
          "application/json",
          healthy ? "{\"status\":\"ok\"}" : "{\"status\":\"degraded\"}");
      return;
    }
    if (admin != null && admin.serves(path)) {
      admin.handleRequest(exchange);
      return;
    }
    for (Mount mount : mounts) {
      Map<String, String> params = mount.path.match(path);
      if (params != null) {
        upgrade(exchange, mount, path, params);
        return;
      }
    }
    fallback.handleRequest(exchange);
  }

  private void upgrade(
      HttpServerExchange exchange, Mount mount, String path, Map<String, String> params)
      throws Exception {
    if (server.stopping()) {
      respond(exchange, StatusCodes.SERVICE_UNAVAILABLE, "text/plain", "Server stopping");
      return;
    }
    if (WebSocketUpgrade.refused(exchange)) {
      return; // not a WebSocket handshake: answered before origin and token are looked at
    }
    String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
    if (!allowedOrigins.isEmpty() && origin != null && !allowedOrigins.contains(origin)) {
      respond(exchange, StatusCodes.FORBIDDEN, "text/plain", "Origin not allowed");
      return;
    }
    Principal principal = null;
    if (authenticator != null) {
      try {
        principal = authenticator.authenticate(token(exchange));
      } catch (RuntimeException e) {
        log.error("Authenticator failed", e);
      }
      if (principal == null) {
        respond(exchange, StatusCodes.UNAUTHORIZED, "text/plain", "Unauthorized");
        return;
      }
    }
    InetSocketAddress source = exchange.getSourceAddress();
    String remote =
        source == null
            ? ""
            : source.getAddress() != null
                ? source.getAddress().getHostAddress()
                : source.getHostString();
    WireFormat format =
        WireFormat.chosen(
            exchange.getRequestHeaders().get(Headers.SEC_WEB_SOCKET_PROTOCOL), mount.messagePack);
    if (format != null) {
      // Undertow's handshake knows no subprotocols and leaves this answer as it is.
      exchange.getResponseHeaders().put(Headers.SEC_WEB_SOCKET_PROTOCOL, format.subprotocol);
    }
    Handshake handshake =
        new Handshake(
            mount,
            path,
            params,
            PathTemplate.room(mount.descriptor.room(), params, path),
            principal,
            remote,
            Locales.fromAcceptLanguage(
                exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE)),
            query(exchange, "since"),
            format != null ? format : WireFormat.JSON);
    exchange.putAttachment(Handshake.KEY, handshake);
    mount.upgrade.handleRequest(exchange);
  }

  private String token(HttpServerExchange exchange) {
    String query = query(exchange, tokenQueryParam);
    if (query != null) {
      return query;
    }
    Cookie cookie = exchange.getRequestCookie(tokenCookie);
    if (cookie != null && cookie.getValue() != null && !cookie.getValue().isEmpty()) {
      return cookie.getValue();
    }
    String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authorization.substring(7).trim();
    }
    return null;
  }

  /** The first non-empty value of the query parameter {@code name}, or {@code null}. */
  private static String query(HttpServerExchange exchange, String name) {
    Deque<String> values = exchange.getQueryParameters().get(name);
    return values != null && !values.isEmpty() && !values.getFirst().isEmpty()
        ? values.getFirst()
        : null;
  }

  private static void respond(HttpServerExchange exchange, int status, String type, String body) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type + "; charset=utf-8");
    exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
  }
}
