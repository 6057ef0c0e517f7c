package io.channels4j.runtime;

import java.nio.ByteBuffer;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;

/**
 * One client connection as seen by a handler: reply to it, broadcast to its room, read what the
 * handshake carried.
 *
 * <p>Messages are encoded by their generated JSON codecs and sent without an envelope; raw text and
 * binary frames are sent as given. Methods may be called from any thread; sends never block on a
 * slow client.
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

  /**
   * Sends {@code text} as one raw text frame, no JSON around it, to this connection only; like
   * {@link #reply}, nothing once the connection is closing.
   */
  void sendText(String text);

  /**
   * Sends {@code text} as one raw text frame, encoded once, to every member of this connection's
   * room. Raw frames are never kept in a room's {@code @History}.
   */
  void broadcastText(String text);

  /**
   * Sends the remaining bytes of {@code data} as one binary frame to this connection only; they are
   * copied, and {@code data}'s position is left as it was.
   */
  void sendBinary(ByteBuffer data);

  /** Sends {@code data} as one binary frame to this connection only; it is copied. */
  default void sendBinary(byte[] data) {
    sendBinary(ByteBuffer.wrap(data));
  }

  /**
   * Sends the remaining bytes of {@code data} as one binary frame to every member of this
   * connection's room: copied once, and that one copy is written to every member. Never kept in a
   * room's {@code @History}.
   */
  void broadcastBinary(ByteBuffer data);

  /** {@link #broadcastBinary(ByteBuffer)} of all of {@code data}. */
  default void broadcastBinary(byte[] data) {
    broadcastBinary(ByteBuffer.wrap(data));
  }

  /** The number of connections in this connection's room, across every node of the cluster. */
  long connectionCount();

  /** The number of connections in {@code room}, across every node of the cluster. */
  long connectionCount(String room);

  /** Closes this connection with a WebSocket close code and reason; leave events still run. */
  void close(int code, String reason);

  /**
   * Sets what this connection shows of itself in the presence of every room it is in (and joins
   * later): {@code meta}, encoded as a reply is, such as {@code new Status("typing")}; {@code null}
   * clears it. Each call replaces the last.
   */
  void setPresence(Object meta);

  /** The members of this connection's room on every node, with their users and presence. */
  List<Presence> presence();

  /** The members of {@code room} on every node, with their users and presence. */
  List<Presence> presence(String room);

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
