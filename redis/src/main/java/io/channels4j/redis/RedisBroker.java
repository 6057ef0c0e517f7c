package io.channels4j.redis;

import io.channels4j.runtime.Broker;
import io.channels4j.runtime.HistoryEntry;
import io.channels4j.runtime.HistoryId;
import io.channels4j.runtime.HistoryPage;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.Recovery;
import io.channels4j.runtime.ScheduledTask;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import java.net.SocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A broker for a cluster of nodes sharing one Redis: broadcasts over Redis pub/sub ({@link
 * RedisSubscriptions}), room counts in Redis hashes updated by Lua scripts ({@link RedisPresence}),
 * room histories in Redis Streams ({@link RedisHistory}), over a {@link RedisLink} it may share
 * with a rate limiter on the same URL.
 *
 * <p>While Redis is unreachable the node keeps serving its own members: broadcasts reach local
 * members only, {@link #tryJoin} enforces the limit on this node's members and {@link #count}
 * reports them. When Redis returns, Lettuce reconnects, and the next heartbeat subscribes the
 * node's rooms again and writes its memberships back.
 */
final class RedisBroker implements Broker {
  private static final Logger log = LoggerFactory.getLogger(RedisBroker.class);

  private final RedisLink link;
  private final String nodeId;
  private final RedisSubscriptions subscriptions;
  private final RedisPresence presence;
  private final RedisHistory history;
  private final RedisSchedules schedules;
  private final AtomicBoolean released = new AtomicBoolean();
  private final RedisConnectionStateListener connectionEvents =
      new RedisConnectionStateListener() {
        @Override
        public void onRedisConnected(RedisChannelHandler<?, ?> c, SocketAddress address) {
          if (concerns(c)) {
            resubscribeSoon();
          }
        }

        @Override
        public void onRedisDisconnected(RedisChannelHandler<?, ?> c) {
          if (!closed && concerns(c)) {
            link.health().noteDegraded(null);
          }
        }
      };

  private volatile ScheduledFuture<?> heartbeat;
  private volatile boolean closed;

  /** A broker over {@code link}, a hold this broker gives back when it closes. */
  RedisBroker(RedisLink link) {
    this.link = link;
    this.nodeId = UUID.randomUUID().toString().replace("-", "");
    this.subscriptions = new RedisSubscriptions(link, nodeId, this::resubscribeSoon);
    this.presence = new RedisPresence(link, nodeId);
    this.history = new RedisHistory(link);
    this.schedules = new RedisSchedules(link);
  }

  @Override
  public void start(Delivery delivery) {
    subscriptions.start(delivery);
    link.client().addListener(connectionEvents);
    try {
      link.connect(subscriptions::open, this::beat);
    } catch (RuntimeException e) {
      crash();
      throw e;
    }
    long every = link.settings().heartbeatInterval().toMillis();
    heartbeat =
        link.scheduler().scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
  }

  /** Whether a connection event is about this broker's connections (the link may have others'). */
  private boolean concerns(RedisChannelHandler<?, ?> c) {
    return subscriptions.isConnection(c) || link.isCommandConnection(c);
  }

  /** Runs on a Netty thread: hands the blocking resync to the scheduler. */
  private void resubscribeSoon() {
    subscriptions.askResubscribe();
    runSoon();
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
    subscriptions.subscribe(room);
  }

  @Override
  public void unsubscribe(String room) {
    subscriptions.unsubscribe(room);
  }

  @Override
  public void publish(String room, byte[] frame) {
    subscriptions.publish(room, frame);
  }

  @Override
  public HistoryId publish(String room, byte[] message, HistoryPolicy policy) {
    HistoryEntry.requireObject(message);
    return history.publish(room, message, policy, subscriptions.delivery());
  }

  @Override
  public HistoryPage before(String room, HistoryPolicy policy, HistoryId before, int limit) {
    return history.before(room, policy, before, limit);
  }

  @Override
  public HistoryPage after(String room, HistoryPolicy policy, HistoryId after, int limit) {
    return history.after(room, policy, after, limit);
  }

  @Override
  public Recovery since(String room, HistoryPolicy policy, HistoryId last) {
    return history.since(room, policy, last);
  }

  @Override
  public void schedule(ScheduledTask task) {
    schedules.add(task);
  }

  @Override
  public boolean unschedule(String id) {
    return schedules.remove(id);
  }

  @Override
  public List<ScheduledTask> schedules() {
    return schedules.list();
  }

  @Override
  public List<ScheduledTask> claimDue(long nowMillis) {
    return schedules.claimDue(nowMillis);
  }

  @Override
  public void publishControl(byte[] message) {
    subscriptions.publishControl(message);
  }

  @Override
  public boolean tryJoin(String room, String connectionId, int maxConnections, byte[] presence) {
    return this.presence.tryJoin(room, connectionId, maxConnections, presence);
  }

  @Override
  public void setPresence(String room, String connectionId, byte[] value) {
    presence.setPresence(room, connectionId, value);
  }

  @Override
  public Map<String, byte[]> presence(String room) {
    return presence.presence(room);
  }

  @Override
  public boolean tryJoin(String room, String connectionId, int maxConnections) {
    return presence.tryJoin(room, connectionId, maxConnections, new byte[0]);
  }

  @Override
  public void leave(String room, String connectionId) {
    presence.leave(room, connectionId);
  }

  @Override
  public long count(String room) {
    return presence.count(room);
  }

  /**
   * This node's record, which Redis holds a copy of: the repairs made through {@link #tryJoin} and
   * {@link #leave} reach both, and a copy that missed one is written back by the heartbeat.
   */
  @Override
  public Map<String, Set<String>> localMembers() {
    return presence.localMembers();
  }

  @Override
  public boolean healthy() {
    return !closed && link.up() && subscriptions.isOpen();
  }

  /**
   * Refreshes the heartbeat and repairs what an outage broke: memberships Redis lost or never got,
   * and subscriptions. Runs on the scheduler only.
   */
  private void beat() {
    if (closed || !healthy()) {
      return;
    }
    // Apart: on a cluster one may fail (its slot's master is down) while the other works.
    if (attempt(subscriptions::resubscribeIfAsked) & attempt(presence::heartbeat)) {
      link.health().noteRecovered();
    }
  }

  private boolean attempt(Runnable step) {
    try {
      step.run();
      return true;
    } catch (RedisException | IllegalStateException e) {
      link.health().noteDegraded(e);
    } catch (RuntimeException e) {
      log.warn("Redis broker heartbeat failed", e);
    }
    return false;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    // Stop the heartbeat first, then remove this node's entries so the counts drop at once.
    stopHeartbeat();
    presence.close();
    history.close();
    closed = true;
    shutdown();
  }

  @Override
  public String toString() {
    return "RedisBroker("
        + link.settings().redacted()
        + ", node "
        + nodeId
        + (healthy() ? "" : ", unreachable")
        + ")";
  }

  /** Stops without any cleanup, as a crashed node would; for tests. */
  void crash() {
    stopHeartbeat();
    presence.crash();
    history.close();
    closed = true;
    shutdown();
  }

  private void stopHeartbeat() {
    ScheduledFuture<?> beats = heartbeat;
    if (beats != null) {
      beats.cancel(false);
    }
  }

  private void shutdown() {
    if (!released.compareAndSet(false, true)) {
      return;
    }
    link.client().removeListener(connectionEvents);
    subscriptions.close();
    link.release();
  }
}
