package io.channels4j.runtime.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connection ids of this node's members, per room: the whole count of a single node, and what a
 * clustered broker falls back to and writes back after an outage.
 */
public final class RoomMembers {
  private final ConcurrentHashMap<String, Set<String>> members = new ConcurrentHashMap<>();

  /**
   * Adds {@code connectionId} unless the room already holds {@code maxConnections} others (0 means
   * no limit); a connection already in the room is admitted again.
   */
  public boolean tryJoin(String room, String connectionId, int maxConnections) {
    boolean[] admitted = {false};
    // compute() runs under the map's lock for this key, so check-then-add is atomic.
    members.compute(
        room,
        (key, ids) -> {
          Set<String> current = ids != null ? ids : ConcurrentHashMap.newKeySet();
          if (current.contains(connectionId)
              || maxConnections <= 0
              || current.size() < maxConnections) {
            current.add(connectionId);
            admitted[0] = true;
          }
          return current.isEmpty() ? null : current;
        });
    return admitted[0];
  }

  /** Adds {@code connectionId} without a limit: another authority admitted it. */
  public void add(String room, String connectionId) {
    tryJoin(room, connectionId, 0);
  }

  public void leave(String room, String connectionId) {
    members.computeIfPresent(
        room,
        (key, ids) -> {
          ids.remove(connectionId);
          return ids.isEmpty() ? null : ids;
        });
  }

  public int count(String room) {
    Set<String> ids = members.get(room);
    return ids == null ? 0 : ids.size();
  }

  /** A copy of the members of {@code room}. */
  public Set<String> ids(String room) {
    Set<String> ids = members.get(room);
    return ids == null ? Set.of() : Set.copyOf(ids);
  }

  /** A copy of every room's members. */
  public Map<String, Set<String>> snapshot() {
    Map<String, Set<String>> copy = new HashMap<>();
    members.forEach((room, ids) -> copy.put(room, Set.copyOf(ids)));
    return copy;
  }

  /** A copy of the rooms with at least one member. */
  public Set<String> rooms() {
    return Set.copyOf(members.keySet());
  }

  public void clear() {
    members.clear();
  }
}
