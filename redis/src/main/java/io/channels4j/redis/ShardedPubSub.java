package io.channels4j.redis;

import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.event.ClusterTopologyChangedEvent;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.cluster.pubsub.StatefulRedisClusterPubSubConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;

/**
 * Pub/sub on a Redis Cluster: each channel subscribed with {@code SSUBSCRIBE} on the connection to
 * the master serving its slot, which this class chooses itself (Lettuce does not move sharded
 * subscriptions when slots move).
 *
 * <p>Each channel has one home, the node connection it was last subscribed on, and a message counts
 * only from there: after a failover the old master may come back as a replica and still deliver,
 * and it must not deliver twice. When the topology changes (a failover, a slot migration), or a
 * node drops a channel because its slot left, the listener is told to subscribe everything again,
 * which moves each channel to the master now serving it.
 */
final class ShardedPubSub implements RedisPubSub {
  private final StatefulRedisClusterPubSubConnection<String, byte[]> cluster;
  private final Listener listener;
  private final Duration timeout;
  private final Map<String, StatefulRedisPubSubConnection<String, byte[]>> homes =
      new ConcurrentHashMap<>();
  private final Set<StatefulRedisPubSubConnection<String, byte[]>> heard =
      ConcurrentHashMap.newKeySet();
  private final Disposable topologyChanges;

  ShardedPubSub(RedisClusterClient client, Listener listener, Duration timeout) {
    this.cluster = client.connectPubSub(RedisLink.CODEC);
    this.listener = listener;
    this.timeout = timeout;
    this.topologyChanges =
        client
            .getResources()
            .eventBus()
            .get()
            .filter(ClusterTopologyChangedEvent.class::isInstance)
            .subscribe(event -> listener.resubscribeNeeded());
  }

  @Override
  public void subscribe(Collection<String> channels) {
    List<RedisFuture<Void>> pending = new ArrayList<>();
    RuntimeException unreachable = null;
    for (String channel : channels) {
      StatefulRedisPubSubConnection<String, byte[]> node;
      try {
        node = nodeServing(channel);
      } catch (RuntimeException e) {
        unreachable = e; // that master is down: subscribe the others still
        continue;
      }
      StatefulRedisPubSubConnection<String, byte[]> old = homes.put(channel, node);
      pending.add(node.async().ssubscribe(channel));
      if (old != null && old != node && old.isOpen()) {
        old.async().sunsubscribe(channel); // its messages are ignored anyway
      }
    }
    await(pending);
    if (unreachable != null) {
      throw unreachable;
    }
  }

  @Override
  public void unsubscribe(Collection<String> channels) {
    List<RedisFuture<Void>> pending = new ArrayList<>();
    for (String channel : channels) {
      StatefulRedisPubSubConnection<String, byte[]> node = homes.remove(channel);
      if (node != null) {
        pending.add(node.async().sunsubscribe(channel));
      }
    }
    await(pending);
  }

  /** The connection to the master serving {@code channel}'s slot, listened to. */
  private StatefulRedisPubSubConnection<String, byte[]> nodeServing(String channel) {
    RedisClusterNode master = cluster.getPartitions().getMasterBySlot(SlotHash.getSlot(channel));
    if (master == null) {
      throw new RedisException("No Redis Cluster node serves the slot of " + channel);
    }
    StatefulRedisPubSubConnection<String, byte[]> node = cluster.getConnection(master.getNodeId());
    if (heard.add(node)) {
      node.addListener(new NodeListener(node));
    }
    return node;
  }

  private void await(List<RedisFuture<Void>> pending) {
    RuntimeException failure = null;
    for (RedisFuture<Void> future : pending) {
      try {
        LettuceFutures.awaitOrCancel(future, timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Hands on what one node connection hears, for the channels at home there. */
  private final class NodeListener extends RedisPubSubAdapter<String, byte[]> {
    private final StatefulRedisPubSubConnection<String, byte[]> node;

    NodeListener(StatefulRedisPubSubConnection<String, byte[]> node) {
      this.node = node;
    }

    @Override
    public void smessage(String channel, byte[] message) {
      if (homes.get(channel) == node) {
        listener.message(channel, message);
      }
    }

    @Override
    public void sunsubscribed(String channel, long count) {
      if (homes.get(channel) == node) {
        listener.resubscribeNeeded(); // not ours: the node gave the slot away
      }
    }
  }

  @Override
  public boolean isOpen() {
    return cluster.isOpen();
  }

  @Override
  public boolean owns(RedisChannelHandler<?, ?> handler) {
    return handler == cluster || heard.contains(handler);
  }

  @Override
  public void close() {
    topologyChanges.dispose();
    cluster.close();
  }
}
