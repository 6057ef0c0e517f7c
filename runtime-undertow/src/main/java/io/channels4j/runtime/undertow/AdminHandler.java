package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonWriter;
import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.HistoryEntry;
import io.channels4j.runtime.HistoryPage;
import io.channels4j.runtime.LimitRule;
import io.channels4j.runtime.ScheduledTask;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import okio.Buffer;
import okio.BufferedSink;

/**
 * The admin API: {@link ServerAdmin}'s operations as JSON over HTTP under one path prefix, each
 * request's bearer token asked of the {@link AdminGuard} before anything runs. docs/ADMIN.md lists
 * the endpoints and their JSON.
 */
final class AdminHandler implements HttpHandler {
  private final String prefix;
  private final AdminGuard guard;
  private final ServerAdmin admin;
  private final ServerContext context;
  private final Clock clock;

  AdminHandler(
      String prefix, AdminGuard guard, ServerAdmin admin, ServerContext context, Clock clock) {
    this.prefix = prefix;
    this.guard = guard;
    this.admin = admin;
    this.context = context;
    this.clock = clock;
  }

  /** Whether {@code path} is the admin API's. */
  boolean serves(String path) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this); // counts and history may wait on the broker's backend
      return;
    }
    String token = bearer(exchange);
    if (token == null) {
      exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer");
      error(exchange, StatusCodes.UNAUTHORIZED, "Unauthorized");
      return;
    }
    if (!guard.allows(token)) {
      error(exchange, StatusCodes.FORBIDDEN, "Forbidden");
      return;
    }
    try {
      route(exchange, exchange.getRequestPath().substring(prefix.length()));
    } catch (BadRequest e) {
      error(exchange, e.status, e.getMessage());
    }
  }

  private void route(HttpServerExchange exchange, String endpoint) throws IOException {
    switch (endpoint) {
      case "/channels" -> {
        requireMethod(exchange, Methods.GET);
        respond(exchange, StatusCodes.OK, out -> channels(out, admin.channels()));
      }
      case "/rooms" -> {
        requireMethod(exchange, Methods.GET);
        respond(exchange, StatusCodes.OK, this::rooms);
      }
      case "/room" -> {
        requireMethod(exchange, Methods.GET);
        String room = required(exchange, "name");
        respond(exchange, StatusCodes.OK, out -> room(out, room));
      }
      case "/broadcast" -> {
        requireMethod(exchange, Methods.POST);
        String room = required(exchange, "room");
        try {
          admin.broadcastJson(room, body(exchange));
        } catch (IllegalArgumentException e) {
          throw new BadRequest(StatusCodes.BAD_REQUEST, e.getMessage());
        }
        respond(exchange, StatusCodes.ACCEPTED, out -> out.name("room").value(room));
      }
      case "/disconnect" -> {
        requireMethod(exchange, Methods.POST);
        disconnect(exchange);
      }
      case "/history" -> {
        requireMethod(exchange, Methods.GET);
        String room = required(exchange, "room");
        int limit = number(exchange, "limit", 50, 1, 1000);
        HistoryPage page;
        try {
          page = admin.history(room, limit);
        } catch (IllegalArgumentException e) {
          throw new BadRequest(StatusCodes.NOT_FOUND, e.getMessage());
        }
        respond(exchange, StatusCodes.OK, out -> history(out, room, page));
      }
      case "/schedules" -> schedules(exchange);
      default -> throw new BadRequest(StatusCodes.NOT_FOUND, "No such endpoint");
    }
  }

  /** GET lists the scheduled tasks, POST adds one, DELETE {@code ?id=} cancels one. */
  private void schedules(HttpServerExchange exchange) throws IOException {
    HttpString method = exchange.getRequestMethod();
    try {
      if (method.equals(Methods.GET)) {
        respond(exchange, StatusCodes.OK, out -> tasks(out, admin.schedules()));
      } else if (method.equals(Methods.POST)) {
        ScheduledTask task = ScheduleRequest.read(body(exchange), clock).schedule(admin);
        respond(exchange, StatusCodes.CREATED, out -> task(out, task));
      } else if (method.equals(Methods.DELETE)) {
        if (!admin.cancel(required(exchange, "id"))) {
          throw new BadRequest(StatusCodes.NOT_FOUND, "No such scheduled task");
        }
        respond(exchange, StatusCodes.OK, out -> out.name("cancelled").value(true));
      } else {
        exchange.getResponseHeaders().put(Headers.ALLOW, "GET, POST, DELETE");
        throw new BadRequest(StatusCodes.METHOD_NOT_ALLOWED, "Use GET, POST or DELETE");
      }
    } catch (IllegalArgumentException e) {
      throw new BadRequest(StatusCodes.BAD_REQUEST, e.getMessage());
    } catch (UnsupportedOperationException e) {
      throw new BadRequest(StatusCodes.NOT_IMPLEMENTED, e.getMessage());
    }
  }

  private static void tasks(JsonWriter out, List<ScheduledTask> tasks) throws IOException {
    out.name("schedules").beginArray();
    for (ScheduledTask task : tasks) {
      out.beginObject();
      task(out, task);
      out.endObject();
    }
    out.endArray();
  }

  private static void task(JsonWriter out, ScheduledTask task) throws IOException {
    out.name("id").value(task.id());
    out.name("kind").value(task.kind().name().toLowerCase(Locale.ROOT));
    if (task.kind() == ScheduledTask.Kind.BROADCAST) {
      out.name("room").value(task.target());
      out.name("message");
      try (BufferedSink value = out.valueSink()) {
        value.writeUtf8(task.message());
      }
    } else {
      out.name("user").value(task.target());
      out.name("code").value(task.code());
      out.name("reason").value(task.reason());
    }
    out.name("at").value(Instant.ofEpochMilli(task.dueMillis()).toString());
    out.name("everyMillis").value(task.everyMillis());
  }

  private void disconnect(HttpServerExchange exchange) throws IOException {
    int code = number(exchange, "code", 1008, 0, 9999);
    String reason = optional(exchange, "reason");
    String why = reason == null ? CloseCodes.DISCONNECTED : reason;
    try {
      CloseCodes.check(code, why);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(StatusCodes.BAD_REQUEST, e.getMessage());
    }
    String connection = optional(exchange, "connection");
    String user = optional(exchange, "user");
    if ((connection == null) == (user == null)) {
      throw new BadRequest(StatusCodes.BAD_REQUEST, "Give either connection or user");
    }
    int closed =
        connection != null
            ? admin.disconnect(connection, code, why) ? 1 : 0
            : admin.disconnectUser(user, code, why);
    if (connection != null && closed == 0) {
      throw new BadRequest(StatusCodes.NOT_FOUND, "No such connection on this node");
    }
    respond(exchange, StatusCodes.OK, out -> out.name("closed").value(closed));
  }

  private static void channels(JsonWriter out, List<ChannelDescriptor> channels)
      throws IOException {
    out.name("channels").beginArray();
    for (ChannelDescriptor channel : channels) {
      out.beginObject();
      out.name("path").value(channel.path());
      out.name("room").value(channel.room());
      out.name("maxConnections").value(channel.maxConnections());
      out.name("frames").value(channel.frames().name());
      out.name("relay").value(channel.relay());
      out.name("history").value(channel.history().enabled());
      limits(out, channel.limits());
      out.name("actions").beginArray();
      for (ActionDescriptor action : channel.actions()) {
        out.beginObject();
        out.name("name").value(action.name());
        out.name("payload").value(action.payloadType());
        out.name("reply").value(action.replyType());
        out.name("deprecated").value(action.deprecated());
        out.name("nonBlocking").value(action.nonBlocking());
        out.name("permission").value(action.permission().declared());
        limits(out, action.limits());
        out.endObject();
      }
      out.endArray();
      out.endObject();
    }
    out.endArray();
  }

  private static void limits(JsonWriter out, List<LimitRule> limits) throws IOException {
    out.name("limits").beginArray();
    for (LimitRule limit : limits) {
      out.beginObject();
      out.name("times").value(limit.times());
      out.name("windowMillis").value(limit.windowMillis());
      out.name("scope").value(limit.scope().name());
      out.name("close").value(limit.close());
      out.endObject();
    }
    out.endArray();
  }

  private void rooms(JsonWriter out) throws IOException {
    out.name("rooms").beginArray();
    for (ServerAdmin.RoomInfo room : admin.rooms()) {
      out.beginObject();
      roomMembers(out, room);
      out.endObject();
    }
    out.endArray();
  }

  private void room(JsonWriter out, String name) throws IOException {
    roomMembers(out, admin.room(name));
    out.name("members").beginArray();
    for (ServerAdmin.ConnectionInfo connection : admin.connections(name)) {
      out.beginObject();
      out.name("id").value(connection.id());
      out.name("path").value(connection.path());
      out.name("user").value(connection.user());
      out.name("address").value(connection.address());
      out.endObject();
    }
    out.endArray();
  }

  private static void roomMembers(JsonWriter out, ServerAdmin.RoomInfo room) throws IOException {
    out.name("room").value(room.room());
    out.name("localConnections").value(room.localConnections());
    out.name("connections").value(room.connections());
  }

  private static void history(JsonWriter out, String room, HistoryPage page) throws IOException {
    out.name("room").value(room);
    out.name("messages").beginArray();
    for (HistoryEntry entry : page.entries()) {
      try (BufferedSink value = out.valueSink()) {
        value.write(entry.frame()); // the stored frame, byte for byte
      }
    }
    out.endArray();
    out.name("more").value(page.more());
  }

  private static String bearer(HttpServerExchange exchange) {
    String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = authorization.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  private byte[] body(HttpServerExchange exchange) throws IOException {
    exchange.startBlocking();
    try (InputStream in = exchange.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, context.maxFrameBytes + 1));
      if (body.length > context.maxFrameBytes) {
        throw new BadRequest(StatusCodes.REQUEST_ENTITY_TOO_LARGE, "Message Too Big");
      }
      return body;
    }
  }

  private static void requireMethod(HttpServerExchange exchange, HttpString method) {
    if (!exchange.getRequestMethod().equals(method)) {
      exchange.getResponseHeaders().put(Headers.ALLOW, method.toString());
      throw new BadRequest(StatusCodes.METHOD_NOT_ALLOWED, "Use " + method);
    }
  }

  private static String optional(HttpServerExchange exchange, String name) {
    Deque<String> values = exchange.getQueryParameters().get(name);
    return values == null || values.isEmpty() || values.getFirst().isEmpty()
        ? null
        : values.getFirst();
  }

  private static String required(HttpServerExchange exchange, String name) {
    String value = optional(exchange, name);
    if (value == null) {
      throw new BadRequest(StatusCodes.BAD_REQUEST, "The query parameter " + name + " is missing");
    }
    return value;
  }

  private static int number(HttpServerExchange exchange, String name, int dflt, int min, int max) {
    String value = optional(exchange, name);
    if (value == null) {
      return dflt;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadRequest(
        StatusCodes.BAD_REQUEST, name + " must be a number from " + min + " to " + max);
  }

  /** The members a response's object holds, written into it. */
  @FunctionalInterface
  private interface Members {
    void write(JsonWriter out) throws IOException;
  }

  private static void respond(HttpServerExchange exchange, int status, Members members)
      throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter out = JsonWriter.of(buffer)) {
      out.setSerializeNulls(true);
      out.beginObject();
      members.write(out);
      out.endObject();
    }
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
    exchange.getResponseSender().send(buffer.readUtf8(), StandardCharsets.UTF_8);
  }

  private static void error(HttpServerExchange exchange, int status, String message)
      throws IOException {
    respond(exchange, status, out -> out.name("error").value(message));
  }

  /** A request answered with an HTTP error status and its message. */
  private static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    BadRequest(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }
}
