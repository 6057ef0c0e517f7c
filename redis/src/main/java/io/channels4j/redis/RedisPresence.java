package io.channels4j.redis;

import io.channels4j.runtime.spi.RoomMembers;
import io.lettuce.core.RedisException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Room counts across nodes: Redis hashes updated by the Lua scripts of {@link Scripts}, plus this
 * node's own record of its members.
 *
 * <p>Each node refreshes a heartbeat key ({@code <prefix>node:<id>}) with {@link #heartbeat}; the
 * entries of a node whose heartbeat expired stop counting. While Redis is unreachable, {@link
 * #tryJoin} enforces the limit on this node's members and {@link #count} reports them; the rooms
 * changed meanwhile are written back by the next heartbeat, and all of them if Redis lost this
 * node's heartbeat (a restart, or a cut longer than the node timeout).
 */
final class RedisPresence {
  private static final Logger log = LoggerFactory.getLogger(RedisPresence.class);

  private final RedisLink link;
  private final String nodeId;
  private final String nodePrefix;
  private final String nodeKey;

  private final RoomMembers members = new RoomMembers();
  private final Set<String> dirtyRooms = ConcurrentHashMap.newKeySet();
  // Joins and leaves share the read side; a restore takes the write side so it sees a still state.
  private final ReadWriteLock restoreLock = new ReentrantReadWriteLock();
  private volatile boolean closed;

  RedisPresence(RedisLink link, String nodeId) {
    this.link = link;
    this.nodeId = nodeId;
    this.nodePrefix = link.key("node:");
    this.nodeKey = nodePrefix + nodeId;
  }

  boolean tryJoin(String room, String connectionId, int maxConnections) {
    restoreLock.readLock().lock();
    try {
      if (link.up() && !closed) {
        try {
          boolean admitted =
              link.eval(
                      Scripts.TRY_JOIN,
                      keys(room),
                      nodePrefix,
                      nodeId,
                      connectionId,
                      Integer.toString(Math.max(0, maxConnections)))
                  == 1;
          if (admitted) {
            members.add(room, connectionId);
          }
          return admitted;
        } catch (RedisException | IllegalStateException e) {
          link.health().noteDegraded(e);
        }
      }
      dirtyRooms.add(room);
      return members.tryJoin(room, connectionId, maxConnections);
    } finally {
      restoreLock.readLock().unlock();
    }
  }

  void leave(String room, String connectionId) {
    restoreLock.readLock().lock();
    try {
      members.leave(room, connectionId);
      if (link.up() && !closed) {
        try {
          link.eval(Scripts.LEAVE, keys(room), nodePrefix, nodeId, connectionId);
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
        return link.eval(Scripts.COUNT, keys(room), nodePrefix);
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
    long existed =
        link.eval(
            Scripts.HEARTBEAT,
            new String[] {nodeKey},
            Long.toString(link.settings().nodeTimeout().toMillis()));
    Set<String> toRestore = new HashSet<>(dirtyRooms);
    if (existed == 0) {
      // Redis lost our heartbeat (restart, or we were cut off too long): others may have
      // purged our entries, so write them all back.
      toRestore.addAll(members.rooms());
    }
    if (!toRestore.isEmpty()) {
      restore(toRestore);
    }
  }

  private void restore(Set<String> toRestore) {
    restoreLock.writeLock().lock();
    try {
      for (String room : toRestore) {
        dirtyRooms.remove(room);
        List<String> args = new ArrayList<>();
        args.add(nodePrefix);
        args.add(nodeId);
        args.addAll(members.ids(room));
        try {
          link.eval(Scripts.RESTORE, keys(room), args.toArray(String[]::new));
        } catch (RuntimeException e) {
          dirtyRooms.add(room);
          throw e;
        }
      }
    } finally {
      restoreLock.writeLock().unlock();
    }
  }

  private String[] keys(String room) {
    return new String[] {link.key("members:" + room), link.key("nodes:" + room)};
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
            link.eval(Scripts.RESTORE, keys(room), nodePrefix, nodeId);
          }
          link.connection().sync().del(nodeKey);
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
