package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.testing.Await;
import io.channels4j.testing.RedisClusterProcess;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.pubsub.StatefulRedisClusterPubSubConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The local Redis Cluster the cluster tests run on: formed with every slot served, sharded pub/sub
 * (Redis 7) on it, and a killed master's slots taken over by its replica.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class RedisClusterProcessTest {
  private static RedisClusterProcess cluster;
  private static RedisClusterClient client;

  @BeforeAll
  static void start() throws Exception {
    cluster = RedisClusterProcess.start();
    List<RedisURI> seeds =
        List.of(cluster.url().substring("redis-cluster://".length()).split(",")).stream()
            .map(address -> RedisURI.create("redis://" + address))
            .collect(Collectors.toList());
    client = RedisClusterClient.create(seeds);
    client.setOptions(
        ClusterClientOptions.builder()
            .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(1)).build())
            .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(1)))
            .topologyRefreshOptions(
                ClusterTopologyRefreshOptions.builder()
                    .enableAllAdaptiveRefreshTriggers()
                    .enablePeriodicRefresh(Duration.ofSeconds(1))
                    .build())
            .build());
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.shutdown();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void keysOfEverySlotRangeAreServed() {
    try (StatefulRedisClusterConnection<String, String> c = client.connect()) {
      for (String key : List.of("a", "b", "c", "d", "e", "f", "g")) {
        c.sync().set(key, "value of " + key);
      }
      for (String key : List.of("a", "b", "c", "d", "e", "f", "g")) {
        assertThat(c.sync().get(key)).isEqualTo("value of " + key);
      }
    }
  }

  @Test
  void shardedPubSubReachesASubscriber() throws Exception {
    LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
    try (StatefulRedisClusterPubSubConnection<String, String> sub = client.connectPubSub();
        StatefulRedisClusterConnection<String, String> pub = client.connect()) {
      sub.addListener(
          new RedisPubSubAdapter<>() {
            @Override
            public void smessage(String channel, String message) {
              received.add(channel + "=" + message);
            }
          });
      sub.sync().ssubscribe("{room}:channel");
      Await.until(10, "a subscriber", () -> pub.sync().spublish("{room}:channel", "hi") > 0);
      assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("{room}:channel=hi");
    }
  }

  @Test
  void aKilledMastersSlotsMoveToItsReplica() throws Exception {
    String key = "{failover}:key";
    int slot = SlotHash.getSlot(key);
    try (StatefulRedisClusterConnection<String, String> c = client.connect()) {
      c.sync().set(key, "before");
      int master = cluster.masterOf(slot);

      cluster.killMasterOf(slot);

      assertThat(cluster.masterOf(slot)).isNotEqualTo(master);
      Await.until(
          20,
          "a write to the promoted replica",
          () -> {
            try {
              c.sync().set(key, "after");
              return true;
            } catch (RuntimeException e) {
              return false; // still routed to the killed master
            }
          });
      assertThat(c.sync().get(key)).isEqualTo("after");
    }
  }
}
