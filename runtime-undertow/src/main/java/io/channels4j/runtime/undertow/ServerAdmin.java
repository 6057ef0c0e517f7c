package io.channels4j.runtime.undertow;

import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.HistoryPage;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.ParseError;
import io.channels4j.runtime.ScheduledTask;
import io.channels4j.runtime.undertow.frame.FrameHead;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

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
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON object
   */
  public void broadcastJson(String room, byte[] json) {
    requireObject(json);
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
   * Closes every connection whose principal is named {@code user}, on every node: this node's at
   * once, the others' when the broker's control message reaches them. How many this node closed.
   */
  public int disconnectUser(String user, int code, String reason) {
    int closed = context.disconnectUser(user, code, reason);
    try {
      context.broker.publishControl(ControlMessages.disconnect(user, code, reason));
    } catch (UnsupportedOperationException oneNode) {
      // a broker without control messages serves this node alone
    }
    return closed;
  }

  /**
   * Schedules a broadcast of {@code json}, one JSON object, to {@code room} at {@code at}, and then
   * every {@code every} if it is not null.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON object
   * @throws UnsupportedOperationException if the broker keeps no schedules
   */
  public ScheduledTask scheduleBroadcast(String room, byte[] json, Instant at, Duration every) {
    requireObject(json);
    return schedule(
        ScheduledTask.Kind.BROADCAST,
        room,
        new String(json, StandardCharsets.UTF_8),
        0,
        "",
        at,
        every);
  }

  /**
   * Schedules closing every connection of {@code user}, on every node, at {@code at}, and then
   * every {@code every} if it is not null.
   */
  public ScheduledTask scheduleDisconnect(
      String user, int code, String reason, Instant at, Duration every) {
    return schedule(ScheduledTask.Kind.DISCONNECT, user, "", code, reason, at, every);
  }

  private ScheduledTask schedule(
      ScheduledTask.Kind kind,
      String target,
      String message,
      int code,
      String reason,
      Instant at,
      Duration every) {
    long everyMillis = every == null ? 0 : every.toMillis();
    if (every != null && everyMillis < 1) {
      throw new IllegalArgumentException("A rate of at least 1 ms, not " + every);
    }
    ScheduledTask task =
        new ScheduledTask(
            UUID.randomUUID().toString(),
            kind,
            Objects.requireNonNull(target, "target"),
            message,
            code,
            Objects.requireNonNull(reason, "reason"),
            at.toEpochMilli(),
            everyMillis);
    context.broker.schedule(task);
    return task;
  }

  /** The scheduled tasks, soonest first. */
  public List<ScheduledTask> schedules() {
    return context.broker.schedules();
  }

  /** Cancels the scheduled task {@code id}; whether there was one. */
  public boolean cancel(String id) {
    return context.broker.unschedule(id);
  }

  /** Refuses what is not one JSON object, nested no deeper than the server's frames may be. */
  void requireObject(byte[] json) {
    try {
      new FrameHead().scan(json, context.maxJsonDepth);
    } catch (ParseError e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
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
