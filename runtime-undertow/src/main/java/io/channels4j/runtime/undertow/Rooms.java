package io.channels4j.runtime.undertow;

import io.channels4j.runtime.Broker;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * This node's members of each room; subscribes the node to a room with its first local member and
 * unsubscribes with its last, and delivers broadcasts to local members and control messages to the
 * server.
 */
final class Rooms implements Broker.Delivery {
  private static final int FORMATS = WireFormat.values().length;

  private final ConcurrentHashMap<String, Set<Connection>> members = new ConcurrentHashMap<>();
  private final Broker broker;
  private final Consumer<byte[]> control;

  /**
   * @param control what to do with the control messages nodes send each other
   */
  Rooms(Broker broker, Consumer<byte[]> control) {
    this.broker = broker;
    this.control = control;
  }

  @Override
  public void control(byte[] message) {
    control.accept(message);
  }

  void add(String room, Connection connection) {
    // compute() holds the room's bin lock, so subscribe/unsubscribe never interleave for a room.
    members.compute(
        room,
        (key, set) -> {
          Set<Connection> current = set;
          if (current == null) {
            current = ConcurrentHashMap.newKeySet();
            broker.subscribe(room);
          }
          current.add(connection);
          return current;
        });
  }

  void remove(String room, Connection connection) {
    members.computeIfPresent(
        room,
        (key, set) -> {
          set.remove(connection);
          if (set.isEmpty()) {
            broker.unsubscribe(room);
            return null;
          }
          return set;
        });
  }

  /**
   * The same bytes to every local member, framed once per wire format for all of them: each queues
   * the same buffer, which nothing moves.
   */
  @Override
  public void deliver(String room, byte[] frame) {
    Set<Connection> set = members.get(room);
    if (set == null) {
      return;
    }
    ByteBuffer message = ByteBuffer.wrap(frame);
    ByteBuffer[] framed = new ByteBuffer[FORMATS]; // by WireFormat, made for its first member
    for (Connection member : set) {
      int format = member.format.ordinal();
      if (framed[format] == null) {
        framed[format] = member.format.framed(message);
      }
      member.deliver(message, framed[format]);
    }
  }

  int localMembers(String room) {
    Set<Connection> set = members.get(room);
    return set == null ? 0 : set.size();
  }

  /** This node's members of {@code room}, a snapshot. */
  List<Connection> members(String room) {
    Set<Connection> set = members.get(room);
    return set == null ? List.of() : List.copyOf(set);
  }

  /** Each room with local members, and how many, a snapshot. */
  Map<String, Integer> localCounts() {
    Map<String, Integer> counts = new HashMap<>();
    members.forEach((room, set) -> counts.put(room, set.size()));
    return counts;
  }
}
