package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.History;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.RedisClusterProcess;
import io.channels4j.testing.RedisPerClass;
import io.channels4j.testing.WsClient;
import io.lettuce.core.cluster.SlotHash;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two real servers sharing a real local Redis Cluster (three masters, three replicas): the two
 * servers' contract, rooms on every master, and a master killed under traffic.
 */
class ClusterTwoServersTest extends TwoServersContract {
  @RegisterExtension static final RedisPerClass cluster = RedisPerClass.ofCluster();

  /** Rooms of at most three, named by the path, keeping their last 1000 messages. */
  @Channel(path = "/hall/{name}", room = "hall:{name}", maxConnections = 3)
  @History(size = 1000)
  public interface Hall {
    @Action("say")
    default void say(ChannelContext ctx, Said said) {
      ctx.broadcast(said);
    }

    @Action("count")
    default long count(ChannelContext ctx) {
      return ctx.connectionCount();
    }
  }

  @Override
  protected RedisPerClass redis() {
    return cluster;
  }

  private ChannelServer hallServer() {
    return server(cluster.url("?prefix=" + prefix), new Hall() {});
  }

  /** The port of the master serving {@code room}'s keys and channel now. */
  private int masterOf(String room) throws IOException {
    return cluster.clusterProcess().masterOf(slotOf(room));
  }

  private int slotOf(String room) {
    return SlotHash.getSlot(new RedisKeys(prefix, true).roomChannel(room));
  }

  /** One room per master, by name. */
  private List<String> oneRoomPerMaster() throws IOException {
    Map<Integer, String> byMaster = new HashMap<>();
    for (int i = 0; byMaster.size() < 3; i++) {
      byMaster.putIfAbsent(masterOf("hall:r" + i), "r" + i);
    }
    return List.copyOf(byMaster.values());
  }

  @Test
  void roomsOnEveryMasterBroadcastAcrossServersAndCountOnce() throws IOException {
    ChannelServer one = hallServer();
    ChannelServer two = hallServer();
    RedisTestSupport look = RedisTestSupport.on(cluster);
    for (String name : oneRoomPerMaster()) {
      WsClient a = open(one, "/hall/" + name).fence();
      WsClient b = open(two, "/hall/" + name).fence();
      awaitCount(b, 2);
      a.sendText("{\"action\":\"say\",\"text\":\"" + name + "\"}");
      assertThat(b.receiveJson().get("text")).isEqualTo(name);
      assertThat(a.receiveJson().get("text")).isEqualTo(name);
      // One sharded subscription per room per server, on the master serving the room.
      assertThat(look.numsub(prefix, "hall:" + name)).isEqualTo(2);
    }
  }

  @Test
  void aMasterKilledUnderTrafficFailsOverAndBroadcastsResume() throws Exception {
    ChannelServer one = hallServer();
    ChannelServer two = hallServer();
    WsClient a = open(one, "/hall/failover").fence();
    WsClient b = open(two, "/hall/failover").fence();
    awaitCount(b, 2);
    RedisClusterProcess redis = cluster.clusterProcess();
    int master = masterOf("hall:failover");
    a.sendText("{\"action\":\"say\",\"text\":\"before\"}");
    assertThat(b.receiveJson().get("text")).isEqualTo("before");
    assertThat(a.receiveJson().get("text")).isEqualTo("before");

    AtomicInteger sent = new AtomicInteger();
    AtomicBoolean sending = new AtomicBoolean(true);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<?> traffic =
        pool.submit(
            () -> {
              while (sending.get()) {
                a.sendText("{\"action\":\"say\",\"text\":\"" + sent.getAndIncrement() + "\"}");
                Thread.sleep(20); // a steady stream, not a flood
              }
              return null;
            });
    try {
      redis.killMasterOf(slotOf("hall:failover"));
      assertThat(masterOf("hall:failover")).isNotEqualTo(master);
      int afterFailover = sent.get();
      // b hears a message sent once the replica took over: the servers followed the failover.
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      int heard = -1;
      while (heard < afterFailover) {
        assertThat(System.nanoTime()).isLessThan(deadline);
        String frame = b.receive(Duration.ofSeconds(1));
        if (frame != null) {
          heard = Integer.parseInt(frame.replaceAll(".*\"text\":\"(\\d+)\".*", "$1"));
        }
      }
    } finally {
      sending.set(false);
      traffic.get();
      pool.shutdown();
    }

    // Both servers still serve; the count and the room's limit hold on the promoted replica.
    awaitCount(b, 2);
    WsClient third = open(one, "/hall/failover").fence();
    awaitCount(third, 3);
    WsClient fourth = open(two, "/hall/failover");
    assertThat(fourth.awaitClose()).isEqualTo(1013);
    a.sendText("{\"action\":\"say\",\"text\":\"last\"}");
    for (WsClient member : List.of(a, b, third)) {
      member.receiveJsonUntil(frame -> "last".equals(frame.get("text")));
    }
    // What the master had kept, and replicated, before it died is in the promoted replica's
    // history.
    third.sendText("{\"action\":\"history\",\"after\":\"0-0\"}");
    Map<String, Object> page =
        third.receiveJsonUntil(frame -> "history".equals(frame.get("action")));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> kept =
        (List<Map<String, Object>>) ((Map<String, Object>) page.get("data")).get("messages");
    assertThat(kept.get(0).get("text")).isEqualTo("before");
  }
}
