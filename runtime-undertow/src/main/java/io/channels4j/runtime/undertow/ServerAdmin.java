package io.channels4j.runtime.undertow;

import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.HistoryPage;
import io.channels4j.runtime.HistoryPolicy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The server's management operations, for code; the admin API ({@link ChannelServer.Builder#admin})
 * serves the same over HTTP. Rooms and counts are cluster-wide where the broker counts them;
 * connections are this node's.
 */
public final class ServerAdmin {
  /** A room: this node's members of it, and its members across the cluster. */
  public record RoomInfo(String room, int localConnections, long connections) {}

  /** One of this node's connections. */
  public record ConnectionInfo(String id, String path, String room, String user, String address) {}

  private final ServerContext context;
  private final List<ChannelDescriptor> channels;

  ServerAdmin(ServerContext context, List<ChannelDescriptor> channels) {
    this.context = context;
    this.channels = List.copyOf(channels);
  }

  /** The mounted channels. */
  public List<ChannelDescriptor> channels() {
    return channels;
  }

  /** The rooms this node has members in, by name. */
  public List<RoomInfo> rooms() {
    List<RoomInfo> rooms = new ArrayList<>();
    context.rooms.localCounts().forEach((room, local) -> rooms.add(info(room, local)));
    rooms.sort(Comparator.comparing(RoomInfo::room));
    return rooms;
  }

  /** {@code room}, whether or not this node has members in it. */
  public RoomInfo room(String room) {
    return info(room, context.rooms.localMembers(room));
  }

  private RoomInfo info(String room, int local) {
    return new RoomInfo(room, local, context.broker.count(room));
  }

  /** This node's connections in {@code room}, by id. */
  public List<ConnectionInfo> connections(String room) {
    List<ConnectionInfo> found = new ArrayList<>();
    for (Connection connection : context.rooms.members(room)) {
      found.add(info(connection));
    }
    found.sort(Comparator.comparing(ConnectionInfo::id));
    return found;
  }

  private static ConnectionInfo info(Connection connection) {
    Handshake handshake = connection.handshake;
    Principal principal = handshake.principal();
    return new ConnectionInfo(
        connection.id,
        handshake.path(),
        handshake.room(),
        principal == null ? null : principal.getName(),
        handshake.remoteAddress());
  }

  /**
   * Sends {@code message} to every member of {@code room} on every node, encoded as a handler's
   * {@code broadcastTo} encodes it (kept in the room's history if it has one).
   */
  public void broadcast(String room, Object message) {
    context.publish(Objects.requireNonNull(room, "room"), message);
  }

  /**
   * Sends one JSON object, as it is, to every member of {@code room} on every node (kept in the
   * room's history if it has one).
   */
  public void broadcastJson(String room, byte[] json) {
    HistoryPolicy history = context.historyRooms.policy(room);
    if (history.enabled()) {
      context.broker.publish(room, json, history);
    } else {
      context.broker.publish(room, json);
    }
  }

  /**
   * Closes this node's connection {@code id} with {@code code} and {@code reason}; whether it had
   * one.
   */
  public boolean disconnect(String id, int code, String reason) {
    for (Connection connection : context.connections) {
      if (connection.id.equals(id)) {
        return connection.closeWith(code, reason);
      }
    }
    return false;
  }

  /**
   * Closes every connection of this node whose principal is named {@code user}; how many it closed.
   */
  public int disconnectUser(String user, int code, String reason) {
    int closed = 0;
    for (Connection connection : context.connections) {
      Principal principal = connection.handshake.principal();
      if (principal != null
          && user.equals(principal.getName())
          && connection.closeWith(code, reason)) {
        closed++;
      }
    }
    return closed;
  }

  /**
   * The newest {@code limit} messages kept for {@code room}, oldest first.
   *
   * @throws IllegalArgumentException if no mounted channel keeps the history of such a room
   */
  public HistoryPage history(String room, int limit) {
    HistoryPolicy policy = context.historyRooms.policy(room);
    if (!policy.enabled()) {
      throw new IllegalArgumentException("No history is kept for " + room);
    }
    return context.broker.before(room, policy, null, limit);
  }
}
