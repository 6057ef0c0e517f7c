package io.channels4j.redis;

import io.channels4j.runtime.spi.RoomMembers;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Room counts across nodes: Redis hashes updated by the Lua scripts of {@link Scripts}, plus this
 * node's own record of its members.
 *
 * <p>Each node refreshes a heartbeat key ({@code <prefix>node:<id>}) with {@link #heartbeat}; the
 * entries of a node whose heartbeat expired stop counting ({@link Heartbeats}). A node that finds
 * its own heartbeat lapsed takes a new id before writing its members back, since other nodes may
 * have found the old one dead and purge it wherever they see it. While Redis is unreachable, {@link
 * #tryJoin} enforces the limit on this node's members and {@link #count} reports them; the rooms
 * changed meanwhile are written back by the next heartbeat, and all of them if Redis lost this
 * node's heartbeat (a restart, or a cut longer than the node timeout).
 */
final class RedisPresence {
  private static final Logger log = LoggerFactory.getLogger(RedisPresence.class);
  private static final byte[] ONE = {'1'};

  private final RedisLink link;
  private final Heartbeats heartbeats;
  private final RedisKeys keys;
  // Changed only under the restore lock's write side, by a heartbeat that found it lapsed.
  private volatile String nodeId;
  private boolean beating; // guarded by this: a heartbeat has been set

  private final RoomMembers members = new RoomMembers();
  private final Set<String> dirtyRooms = ConcurrentHashMap.newKeySet();

  /** This node's members' presence, by room and connection id. */
  private final Map<String, Map<String, byte[]>> presences = new ConcurrentHashMap<>();

  // Joins and leaves share the read side; a restore takes the write side so it sees a still state.
  private final ReadWriteLock restoreLock = new ReentrantReadWriteLock();
  private volatile boolean closed;

  RedisPresence(RedisLink link, String nodeId) {
    this.link = link;
    this.heartbeats = new Heartbeats(link, System::nanoTime);
    this.keys = link.keys();
    this.nodeId = nodeId;
  }

  /**
   * Runs a script that counts {@code room} ({@link Scripts#TRY_JOIN}, {@link Scripts#COUNT} or
   * {@link Scripts#RESTORE}) with the nodes known dead; if its answer isn't {@code settled} and a
   * node it counted turns out dead, runs it again without that node. Returns the answer.
   */
  private long countingScript(Script script, String room, LongPredicate settled, String... args) {
    List<Object> reply = runCounting(script, room, args);
    long answer = (Long) reply.get(0);
    if (settled.test(answer)) {
      return answer;
    }
    Set<String> counted = new HashSet<>();
    for (Object node : reply.subList(1, reply.size())) {
      counted.add(new String((byte[]) node, StandardCharsets.UTF_8));
    }
    counted.remove(nodeId);
    if (heartbeats.deadAmong(counted).isEmpty()) {
      return answer;
    }
    return (Long) runCounting(script, room, args).get(0);
  }

  private List<Object> runCounting(Script script, String room, String... args) {
    List<String> dead = heartbeats.dead();
    List<byte[]> values = new ArrayList<>();
    values.add(utf8(Integer.toString(dead.size())));
    dead.forEach(node -> values.add(utf8(node)));
    for (String arg : args) {
      values.add(utf8(arg));
    }
    return link.eval(script, ScriptOutputType.MULTI, keys(room), values.toArray(byte[][]::new));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  boolean tryJoin(String room, String connectionId, int maxConnections, byte[] presence) {
    restoreLock.readLock().lock();
    try {
      if (link.up() && !closed) {
        try {
          boolean admitted =
              countingScript(
                      Scripts.TRY_JOIN,
                      room,
                      answer -> answer == 1,
                      nodeId,
                      connectionId,
                      Integer.toString(Math.max(0, maxConnections)),
                      new String(presence, StandardCharsets.UTF_8))
                  == 1;
          if (admitted) {
            members.add(room, connectionId);
            remember(room, connectionId, presence);
          }
          return admitted;
        } catch (RedisException | IllegalStateException e) {
          link.health().noteDegraded(e);
        }
      }
      dirtyRooms.add(room);
      boolean admitted = members.tryJoin(room, connectionId, maxConnections);
      if (admitted) {
        remember(room, connectionId, presence);
      }
      return admitted;
    } finally {
      restoreLock.readLock().unlock();
    }
  }

  /** Keeps this node's members' presence, to write back after an outage. */
  private void remember(String room, String connectionId, byte[] presence) {
    if (presence.length > 0) {
      presences.computeIfAbsent(room, r -> new ConcurrentHashMap<>()).put(connectionId, presence);
    }
  }

  void setPresence(String room, String connectionId, byte[] presence) {
    if (!members.ids(room).contains(connectionId)) {
      return;
    }
    remember(room, connectionId, presence);
    if (link.up() && !closed) {
      try {
        link.eval(
            Scripts.SET_PRESENCE,
            keys(room),
            nodeId,
            connectionId,
            new String(presence, StandardCharsets.UTF_8));
        return;
      } catch (RedisException | IllegalStateException e) {
        link.health().noteDegraded(e);
      }
    }
    dirtyRooms.add(room);
  }

  /**
   * Every member of {@code room} across the cluster and its presence; this node's alone while Redis
   * is unreachable.
   */
  Map<String, byte[]> presence(String room) {
    if (link.up() && !closed) {
      try {
        return livePresence(room);
      } catch (RedisException | IllegalStateException e) {
        link.health().noteDegraded(e);
      }
    }
    Map<String, byte[]> local = new HashMap<>();
    Map<String, byte[]> values = presences.getOrDefault(room, Map.of());
    for (String id : members.ids(room)) {
      local.put(id, values.getOrDefault(id, new byte[0]));
    }
    return local;
  }

  /**
   * Every live member of {@code room} with its presence, from plain reads rather than a script:
   * Redis takes about 15 ms to send a 50,000-member hash and its Lua some 250 ms to carry one. The
   * presence hash names each member's node, so it is the one hash read, streamed; a member of a
   * node whose heartbeat expired is left out (the next count drops it).
   */
  private Map<String, byte[]> livePresence(String room) {
    String[] keys = keys(room);
    Set<String> liveNodes = new HashSet<>(link.sync().hkeys(keys[1]));
    liveNodes.removeAll(heartbeats.deadAmong(liveNodes));
    Map<String, byte[]> live = new HashMap<>();
    link.sync()
        .hgetall(
            (connection, value) -> {
              int newline = indexOf(value, (byte) '\n');
              if (newline > 0
                  && liveNodes.contains(new String(value, 0, newline, StandardCharsets.UTF_8))) {
                live.put(connection, Arrays.copyOfRange(value, newline + 1, value.length));
              }
            },
            keys[2]);
    return live;
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  void leave(String room, String connectionId) {
    restoreLock.readLock().lock();
    try {
      members.leave(room, connectionId);
      presences.computeIfPresent(
          room,
          (r, values) -> {
            values.remove(connectionId);
            return values.isEmpty() ? null : values;
          });
      if (link.up() && !closed) {
        try {
          link.eval(Scripts.LEAVE, keys(room), nodeId, connectionId);
          return;
        } catch (RedisException | IllegalStateException e) {
          link.health().noteDegraded(e);
        }
      }
      dirtyRooms.add(room);
    } finally {
      restoreLock.readLock().unlock();
    }
  }

  long count(String room) {
    if (link.up() && !closed) {
      try {
        return countingScript(Scripts.COUNT, room, answer -> false);
      } catch (RedisException | IllegalStateException e) {
        link.health().noteDegraded(e);
      }
    }
    return members.count(room);
  }

  /** This node's record of its members, connection ids by room: a copy. */
  Map<String, Set<String>> localMembers() {
    return members.snapshot();
  }

  /**
   * Refreshes the heartbeat and writes back the memberships Redis lost or never got. Synchronized
   * with {@link #close}, so no heartbeat outlives the node's cleanup.
   *
   * @throws RedisException or {@link IllegalStateException} if Redis can't be reached
   */
  synchronized void heartbeat() {
    if (closed) {
      return;
    }
    long ttl = link.settings().nodeTimeout().toMillis();
    boolean kept =
        link.sync().set(keys.heartbeat(nodeId), ONE, SetArgs.Builder.px(ttl).xx()) != null;
    Set<String> toRestore = new HashSet<>(dirtyRooms);
    boolean renew = false;
    if (!kept) {
      // The first beat, or Redis lost ours (restart, or we were cut off too long): others may have
      // found this id dead and purged its entries, so write them all back, under a new id unless
      // this one was never seen.
      toRestore.addAll(members.rooms());
      renew = beating || !toRestore.isEmpty();
      if (!renew) {
        link.sync().set(keys.heartbeat(nodeId), ONE, SetArgs.Builder.px(ttl));
      }
    }
    if (renew || !toRestore.isEmpty()) {
      restore(toRestore, renew);
    }
    beating = true;
  }

  /** Writes {@code toRestore} back, after taking a new id if {@code renew}. */
  private void restore(Set<String> toRestore, boolean renew) {
    restoreLock.writeLock().lock();
    try {
      if (renew) {
        heartbeats.markDead(nodeId);
        nodeId = UUID.randomUUID().toString().replace("-", "");
        link.sync()
            .set(
                keys.heartbeat(nodeId),
                ONE,
                SetArgs.Builder.px(link.settings().nodeTimeout().toMillis()));
      }
      for (String room : toRestore) {
        dirtyRooms.remove(room);
        List<String> args = new ArrayList<>();
        args.add(nodeId);
        args.addAll(members.ids(room));
        try {
          countingScript(Scripts.RESTORE, room, answer -> true, args.toArray(String[]::new));
          presences
              .getOrDefault(room, Map.of())
              .forEach(
                  (id, presence) ->
                      link.eval(
                          Scripts.SET_PRESENCE,
                          keys(room),
                          nodeId,
                          id,
                          new String(presence, StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
          dirtyRooms.add(room);
          throw e;
        }
      }
    } finally {
      restoreLock.writeLock().unlock();
    }
  }

  /** A room's members (connection to node), its nodes' counts, and its members' presence. */
  private String[] keys(String room) {
    return new String[] {
      keys.room("members", room), keys.room("nodes", room), keys.room("presence", room)
    };
  }

  /**
   * Removes this node's entries and heartbeat from Redis, so the counts drop at once; then stops.
   */
  synchronized void close() {
    if (closed) {
      return;
    }
    restoreLock.writeLock().lock();
    try {
      if (link.up()) {
        Set<String> all = new HashSet<>(members.rooms());
        all.addAll(dirtyRooms);
        members.clear();
        try {
          for (String room : all) {
            countingScript(Scripts.RESTORE, room, answer -> true, nodeId);
          }
          link.sync().del(keys.heartbeat(nodeId));
        } catch (RuntimeException e) {
          log.info(
              "Could not remove this node's room entries from Redis; they expire with its"
                  + " heartbeat",
              e);
        }
      }
      closed = true;
    } finally {
      restoreLock.writeLock().unlock();
    }
  }

  /** Stops without removing anything, as a crashed node would. */
  void crash() {
    closed = true;
  }
}
