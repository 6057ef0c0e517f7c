package io.channels4j.redis;

import io.lettuce.core.KeyValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Which nodes are dead, as their heartbeat keys say, read outside the scripts: on a Redis Cluster a
 * heartbeat lives in another slot than the rooms it counts in.
 *
 * <p>A node found alive is taken as alive for a heartbeat interval before it is read again, so a
 * crashed node's members count for up to the node timeout and that interval. A node found dead
 * stays dead: a node whose heartbeat lapsed never uses that id again ({@link RedisPresence} takes a
 * new one and writes its members back under it), so purging a dead id's entries is always right.
 * The dead ids are passed to every counting script; they are few (one per node that crashed or
 * lapsed while this one ran), and a restart forgets them.
 */
final class Heartbeats {
  private final RedisLink link;
  private final LongSupplier nanoTime;
  private final long freshNanos;
  private final Map<String, Long> aliveAt = new ConcurrentHashMap<>();
  private final Set<String> dead = ConcurrentHashMap.newKeySet();

  Heartbeats(RedisLink link, LongSupplier nanoTime) {
    this.link = link;
    this.nanoTime = nanoTime;
    this.freshNanos = link.settings().heartbeatInterval().toNanos();
  }

  /** The nodes known dead, for a script to purge. */
  List<String> dead() {
    return List.copyOf(dead);
  }

  /** Notes that {@code node} is dead: this node's own id, say, once its heartbeat lapsed. */
  void markDead(String node) {
    dead.add(node);
    aliveAt.remove(node);
  }

  /**
   * The dead among {@code nodes}, reading the heartbeats not read lately (one {@code MGET}, which a
   * cluster splits by slot).
   *
   * @throws io.lettuce.core.RedisException if Redis can't be reached
   */
  Set<String> deadAmong(Collection<String> nodes) {
    long now = nanoTime.getAsLong();
    List<String> unsure = new ArrayList<>();
    Set<String> found = new HashSet<>();
    for (String node : nodes) {
      Long at = aliveAt.get(node);
      if (dead.contains(node)) {
        found.add(node);
      } else if (at == null || now - at > freshNanos) {
        unsure.add(node);
      }
    }
    if (!unsure.isEmpty()) {
      String[] keys = unsure.stream().map(link.keys()::heartbeat).toArray(String[]::new);
      List<KeyValue<String, byte[]>> beats = link.sync().mget(keys);
      for (int i = 0; i < unsure.size(); i++) {
        String node = unsure.get(i);
        if (beats.get(i).hasValue()) {
          aliveAt.put(node, now);
        } else {
          markDead(node);
          found.add(node);
        }
      }
    }
    return found;
  }
}
