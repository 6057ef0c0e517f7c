package io.channels4j.runtime;

import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;

/**
 * One client connection as seen by a handler: reply to it, broadcast to its room, read what the
 * handshake carried.
 *
 * <p>Messages are encoded by their generated JSON codecs and sent without an envelope. Methods may
 * be called from any thread; sends never block on a slow client.
 *
 * <pre>{@code
 * @Action("message")
 * default void message(ChannelContext ctx, ChatMessage msg) {
 *   ctx.broadcast(new ChatEvent("message", msg.user(), msg.message(), "ok", ctx.requestId()));
 * }
 * }</pre>
 */
public interface ChannelContext {
  /** Sends {@code message}, encoded by its codec, to this connection only. */
  void reply(Object message);

  /**
   * Sends {@code message}, encoded once, to every member of this connection's room. In a room with
   * {@code @History} the message is also kept, and members receive it with its {@code "id"}.
   */
  void broadcast(Object message);

  /** Sends {@code message}, encoded once, to every member of {@code room}; kept as above. */
  void broadcastTo(String room, Object message);

  /** The number of connections in this connection's room, across every node of the cluster. */
  long connectionCount();

  /** The number of connections in {@code room}, across every node of the cluster. */
  long connectionCount(String room);

  /** Closes this connection with a WebSocket close code and reason; leave events still run. */
  void close(int code, String reason);

  /** The room this connection joined when it connected. */
  String room();

  /** Adds this connection to another room, so that broadcasts to it reach this connection. */
  void join(String room);

  /** Removes this connection from a room it joined with {@link #join(String)}. */
  void leave(String room);

  /** The values of the channel path's {@code {params}} for this connection. */
  Map<String, String> pathParams();

  /** The value of one path parameter, or {@code null} if the path has no such parameter. */
  default String pathParam(String name) {
    return pathParams().get(name);
  }

  /** The authenticated principal, or {@code null} when no authenticator is configured. */
  Principal principal();

  /** Attributes kept for the lifetime of this connection; safe to use from any thread. */
  ConcurrentMap<String, Object> attributes();

  /** The {@code request_id} of the frame being handled: 1 when the frame carried none. */
  long requestId();

  /** The action of the frame being handled, or {@code null} outside an action. */
  String action();

  /** The remote address of the client, as {@code host} without port. */
  String remoteAddress();

  /** An identifier of this connection, unique within the cluster. */
  String id();
}
