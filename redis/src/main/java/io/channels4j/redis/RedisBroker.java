package io.channels4j.redis;

import io.channels4j.runtime.Broker;
import io.channels4j.runtime.HistoryEntry;
import io.channels4j.runtime.HistoryId;
import io.channels4j.runtime.HistoryPage;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.Recovery;
import io.channels4j.runtime.internal.RoomMembers;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A broker for a cluster of nodes sharing one Redis: broadcasts over Redis pub/sub, room counts in
 * Redis hashes updated by Lua scripts.
 *
 * <p>Each node holds one pub/sub connection and subscribes to a room's channel once, whatever the
 * number of its members there. A published frame goes to this node's members at once and to Redis
 * once, tagged with this node's id so the node ignores its own echo; every other node subscribed to
 * the room delivers it to its members. Each node refreshes a heartbeat key; the entries of a node
 * whose heartbeat expired stop counting.
 *
 * <p>A room with history keeps its messages in a Redis Stream ({@code <prefix>history:<room>}). A
 * Lua script adds each message to the stream and publishes it with its stream id, so the ids and
 * the order of deliveries agree on every node; such messages are published with an empty node tag,
 * and the publishing node delivers them to its own members from its subscription too, in that same
 * order.
 *
 * <p>While Redis is unreachable the node keeps serving its own members: broadcasts reach local
 * members only, {@link #tryJoin} enforces the limit on this node's members and {@link #count}
 * reports them. When Redis returns, Lettuce reconnects, the node subscribes its rooms again and
 * writes its memberships back.
 */
final class RedisBroker implements Broker {
  private static final Logger log = LoggerFactory.getLogger(RedisBroker.class);

  /** The header of a message every node delivers, the publisher included: no node id. */
  private static final byte[] EVERY_NODE = {0};

  private final RedisLink link;
  private final String nodeId;
  private final byte[] header;
  private final String channelPrefix;
  private final String nodePrefix;
  private final String nodeKey;

  private final Object subscriptionLock = new Object();
  private final Set<String> rooms = ConcurrentHashMap.newKeySet();
  private final Set<String> staleRooms = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean resubscribe = new AtomicBoolean();

  private final RoomMembers members = new RoomMembers();
  private final Set<String> dirtyRooms = ConcurrentHashMap.newKeySet();
  // Joins and leaves share the read side; a restore takes the write side so it sees a still state.
  private final ReadWriteLock restoreLock = new ReentrantReadWriteLock();

  private final AtomicBoolean degraded = new AtomicBoolean();
  private volatile StatefulRedisPubSubConnection<String, byte[]> pubsub;
  private volatile Delivery delivery;
  private volatile boolean closed;

  RedisBroker(RedisSettings settings) {
    this.link = new RedisLink(settings, "channels4j-redis-broker");
    this.nodeId = UUID.randomUUID().toString().replace("-", "");
    byte[] id = nodeId.getBytes(StandardCharsets.US_ASCII);
    this.header = new byte[1 + id.length];
    header[0] = (byte) id.length;
    System.arraycopy(id, 0, header, 1, id.length);
    this.channelPrefix = settings.prefix() + "room:";
    this.nodePrefix = settings.prefix() + "node:";
    this.nodeKey = nodePrefix + nodeId;
  }

  /** This node's id, as written in the count hashes and message headers. */
  String nodeId() {
    return nodeId;
  }

  @Override
  public void start(Delivery delivery) {
    this.delivery = delivery;
    link.client()
        .addListener(
            new RedisConnectionStateListener() {
              @Override
              public void onRedisConnected(RedisChannelHandler<?, ?> c, SocketAddress address) {
                // Runs on a Netty thread: hand the blocking resync to the scheduler.
                resubscribe.set(true);
                runSoon();
              }

              @Override
              public void onRedisDisconnected(RedisChannelHandler<?, ?> c) {
                if (!closed) {
                  noteDegraded(null);
                }
              }
            });
    link.connect(this::openPubSub, this::beat);
    long every = link.settings().heartbeatInterval().toMillis();
    link.scheduler().scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
  }

  private void openPubSub() {
    if (pubsub != null) {
      return;
    }
    StatefulRedisPubSubConnection<String, byte[]> c = link.client().connectPubSub(RedisLink.CODEC);
    c.addListener(
        new RedisPubSubAdapter<>() {
          @Override
          public void message(String channel, byte[] message) {
            received(channel, message);
          }
        });
    pubsub = c;
  }

  private void runSoon() {
    if (closed) {
      return;
    }
    try {
      link.scheduler().execute(this::beat);
    } catch (RuntimeException e) {
      log.debug("Scheduler gone; the broker is closing", e);
    }
  }

  @Override
  public void subscribe(String room) {
    synchronized (subscriptionLock) {
      staleRooms.remove(room);
      if (!rooms.add(room)) {
        return;
      }
      StatefulRedisPubSubConnection<String, byte[]> c = pubsub;
      if (c == null) {
        resubscribe.set(true);
        return;
      }
      try {
        c.sync().subscribe(channelPrefix + room);
      } catch (RedisException e) {
        resubscribe.set(true);
        noteDegraded(e);
      }
    }
  }

  @Override
  public void unsubscribe(String room) {
    synchronized (subscriptionLock) {
      if (!rooms.remove(room)) {
        return;
      }
      StatefulRedisPubSubConnection<String, byte[]> c = pubsub;
      if (c == null) {
        return;
      }
      try {
        c.sync().unsubscribe(channelPrefix + room);
      } catch (RedisException e) {
        // Lettuce would resubscribe it after a reconnect: unsubscribe again once back.
        staleRooms.add(room);
        resubscribe.set(true);
        noteDegraded(e);
      }
    }
  }

  @Override
  public void publish(String room, byte[] frame) {
    Delivery target = delivery;
    if (target == null) {
      throw new IllegalStateException("publish before start");
    }
    if (link.up()) {
      byte[] message = Arrays.copyOf(header, header.length + frame.length);
      System.arraycopy(frame, 0, message, header.length, frame.length);
      try {
        link.connection()
            .async()
            .publish(channelPrefix + room, message)
            .whenComplete(
                (receivers, failure) -> {
                  if (failure != null) {
                    noteDegraded(failure);
                  }
                });
      } catch (RedisException e) {
        noteDegraded(e);
      }
    }
    // Local members are served here, not through Redis, so broadcasts work during an outage.
    target.deliver(room, frame);
  }

  @Override
  public HistoryId publish(String room, byte[] message, HistoryPolicy policy) {
    HistoryEntry.requireObject(message);
    Delivery target = delivery;
    if (target == null) {
      throw new IllegalStateException("publish before start");
    }
    if (link.up() && !closed) {
      try {
        byte[] id =
            link.eval(
                Scripts.PUBLISH_KEPT,
                ScriptOutputType.VALUE,
                new String[] {historyKey(room), channelPrefix + room},
                EVERY_NODE,
                message,
                ascii(Integer.toString(policy.size())),
                ascii(Long.toString(policy.ttlMillis())));
        return HistoryId.parse(new String(id, StandardCharsets.US_ASCII));
      } catch (RedisException | IllegalStateException e) {
        noteDegraded(e);
      }
    }
    // Without Redis the message can be neither kept nor numbered: local members get it as it is.
    target.deliver(room, message);
    return null;
  }

  @Override
  public HistoryPage before(String room, HistoryPolicy policy, HistoryId before, int limit) {
    List<HistoryEntry> newestFirst =
        readHistory(room, policy, "before", before == null ? "" : before.toString(), limit + 1)
            .entries();
    List<HistoryEntry> page =
        new ArrayList<>(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    Collections.reverse(page);
    return new HistoryPage(page, newestFirst.size() > limit);
  }

  @Override
  public HistoryPage after(String room, HistoryPolicy policy, HistoryId after, int limit) {
    List<HistoryEntry> entries =
        readHistory(room, policy, "after", after.toString(), limit + 1).entries();
    return new HistoryPage(
        entries.subList(0, Math.min(limit, entries.size())), entries.size() > limit);
  }

  @Override
  public Recovery since(String room, HistoryPolicy policy, HistoryId last) {
    HistoryRead read = readHistory(room, policy, "since", last.toString(), 0);
    return new Recovery(read.entries(), read.flag());
  }

  /** What {@link Scripts#READ_HISTORY} returned: entries in the script's order, and its flag. */
  private record HistoryRead(List<HistoryEntry> entries, boolean flag) {}

  /**
   * Runs {@link Scripts#READ_HISTORY}.
   *
   * @throws IllegalStateException if Redis can't be reached
   */
  private HistoryRead readHistory(
      String room, HistoryPolicy policy, String mode, String cursor, int count) {
    if (closed || !link.up()) {
      throw new IllegalStateException("History of " + room + " unreadable: Redis unreachable");
    }
    List<Object> reply;
    try {
      reply =
          link.eval(
              Scripts.READ_HISTORY,
              ScriptOutputType.MULTI,
              new String[] {historyKey(room)},
              ascii(Long.toString(policy.ttlMillis())),
              ascii(mode),
              ascii(cursor),
              ascii(Integer.toString(count)));
    } catch (RedisException e) {
      noteDegraded(e);
      throw new IllegalStateException("History of " + room + " unreadable: " + e.getMessage(), e);
    }
    List<HistoryEntry> entries = new ArrayList<>(reply.size() / 2);
    for (int i = 1; i + 1 < reply.size(); i += 2) {
      HistoryId id = HistoryId.parse(new String((byte[]) reply.get(i), StandardCharsets.US_ASCII));
      entries.add(HistoryEntry.stamped(id, (byte[]) reply.get(i + 1)));
    }
    return new HistoryRead(entries, ((Long) reply.get(0)) == 1);
  }

  private String historyKey(String room) {
    return link.key("history:" + room);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private void received(String channel, byte[] message) {
    Delivery target = delivery;
    if (target == null || !channel.startsWith(channelPrefix) || message.length < 1) {
      return;
    }
    int idLength = message[0] & 0xff;
    if (message.length < 1 + idLength) {
      log.debug("Ignoring a malformed message on {}", channel);
      return;
    }
    if (idLength == header.length - 1
        && Arrays.equals(message, 1, 1 + idLength, header, 1, header.length)) {
      return; // our own broadcast, already delivered locally
    }
    String room = channel.substring(channelPrefix.length());
    if (!rooms.contains(room)) {
      return; // unsubscribed meanwhile
    }
    try {
      target.deliver(room, Arrays.copyOfRange(message, 1 + idLength, message.length));
    } catch (RuntimeException e) {
      log.warn("Delivering a broadcast to room {} failed", room, e);
    }
  }

  @Override
  public boolean tryJoin(String room, String connectionId, int maxConnections) {
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
          noteDegraded(e);
        }
      }
      dirtyRooms.add(room);
      return members.tryJoin(room, connectionId, maxConnections);
    } finally {
      restoreLock.readLock().unlock();
    }
  }

  @Override
  public void leave(String room, String connectionId) {
    restoreLock.readLock().lock();
    try {
      members.leave(room, connectionId);
      if (link.up() && !closed) {
        try {
          link.eval(Scripts.LEAVE, keys(room), nodePrefix, nodeId, connectionId);
          return;
        } catch (RedisException | IllegalStateException e) {
          noteDegraded(e);
        }
      }
      dirtyRooms.add(room);
    } finally {
      restoreLock.readLock().unlock();
    }
  }

  @Override
  public long count(String room) {
    if (link.up() && !closed) {
      try {
        return link.eval(Scripts.COUNT, keys(room), nodePrefix);
      } catch (RedisException | IllegalStateException e) {
        noteDegraded(e);
      }
    }
    return members.count(room);
  }

  /**
   * This node's record, which Redis holds a copy of: the repairs made through {@link #tryJoin} and
   * {@link #leave} reach both, and a copy that missed one is written back by the heartbeat.
   */
  @Override
  public Map<String, Set<String>> localMembers() {
    return members.snapshot();
  }

  @Override
  public boolean healthy() {
    StatefulRedisPubSubConnection<String, byte[]> c = pubsub;
    return !closed && link.up() && c != null && c.isOpen();
  }

  /**
   * Refreshes the heartbeat and repairs what an outage broke: memberships Redis lost or never got,
   * and subscriptions. Runs on the scheduler only.
   */
  private void beat() {
    if (closed || !healthy()) {
      return;
    }
    try {
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
      if (resubscribe.getAndSet(false)) {
        resubscribe();
      }
      if (degraded.compareAndSet(true, false)) {
        log.info("Redis at {} is back: rooms, counts and broadcasts are cluster-wide again", url());
      }
    } catch (RedisException | IllegalStateException e) {
      noteDegraded(e);
    } catch (RuntimeException e) {
      log.warn("Redis broker heartbeat failed", e);
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

  private void resubscribe() {
    synchronized (subscriptionLock) {
      StatefulRedisPubSubConnection<String, byte[]> c = pubsub;
      if (c == null) {
        resubscribe.set(true);
        return;
      }
      try {
        if (!rooms.isEmpty()) {
          c.sync().subscribe(rooms.stream().map(r -> channelPrefix + r).toArray(String[]::new));
        }
        if (!staleRooms.isEmpty()) {
          c.sync()
              .unsubscribe(staleRooms.stream().map(r -> channelPrefix + r).toArray(String[]::new));
          staleRooms.clear();
        }
      } catch (RuntimeException e) {
        resubscribe.set(true);
        throw e;
      }
    }
  }

  private String[] keys(String room) {
    return new String[] {link.key("members:" + room), link.key("nodes:" + room)};
  }

  private String url() {
    return link.settings().redacted();
  }

  private void noteDegraded(Throwable cause) {
    if (degraded.compareAndSet(false, true)) {
      log.warn(
          "Redis at {} is unreachable{}; serving local members only (broadcasts reach this node,"
              + " counts and room limits are local) until it returns",
          url(),
          cause == null ? "" : " (" + cause.getMessage() + ")");
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    // Stop the heartbeat first, then remove this node's entries so the counts drop at once.
    link.scheduler().shutdownNow();
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
    shutdown();
  }

  @Override
  public String toString() {
    return "RedisBroker(" + url() + ", node " + nodeId + (healthy() ? "" : ", unreachable") + ")";
  }

  /** Stops without any cleanup, as a crashed node would; for tests. */
  void crash() {
    closed = true;
    shutdown();
  }

  private void shutdown() {
    StatefulRedisPubSubConnection<String, byte[]> c = pubsub;
    if (c != null) {
      c.close();
    }
    link.close();
  }
}
