package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.redis.BackendContractTest.bytes;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.channels4j.testing.Await;
import io.channels4j.testing.RedisPerClass;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two or more nodes sharing one Redis: what only a shared backend can promise. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SharedRedisNodesTest {
  @RegisterExtension static final RedisPerClass redis = new RedisPerClass();

  private final String prefix = RedisTestSupport.uniquePrefix();
  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  private RedisBroker node(Recorder recorder) {
    return node(recorder, "");
  }

  private RedisBroker node(Recorder recorder, String options) {
    RedisBroker broker = RedisTestSupport.broker(redis.url("?prefix=" + prefix + options));
    opened.add(broker);
    broker.start(recorder);
    return broker;
  }

  private RedisRateLimiter limiter() {
    RedisRateLimiter limiter = RedisTestSupport.limiter(redis.url("?prefix=" + prefix));
    opened.add(limiter);
    return limiter;
  }

  @Test
  void aBroadcastReachesEveryNodeExactlyOnce() {
    Recorder ra = new Recorder();
    Recorder rb = new Recorder();
    RedisBroker a = node(ra);
    RedisBroker b = node(rb);
    a.subscribe("lobby");
    b.subscribe("lobby");
    a.publish("lobby", bytes("from-a"));
    b.publish("lobby", bytes("from-b"));
    RedisTestSupport.on(redis).fence(a, prefix, "lobby", ra);
    RedisTestSupport.on(redis).fence(b, prefix, "lobby", rb);
    RedisTestSupport.on(redis).fence(a, prefix, "lobby", ra);
    assertThat(ra.withoutFences()).containsExactly("lobby|from-a", "lobby|from-b");
    assertThat(rb.withoutFences()).containsExactly("lobby|from-a", "lobby|from-b");
  }

  @Test
  void aNodeGetsOnlyTheRoomsItSubscribed() {
    Recorder ra = new Recorder();
    Recorder rb = new Recorder();
    RedisBroker a = node(ra);
    RedisBroker b = node(rb);
    b.subscribe("kitchen");
    a.publish("kitchen", bytes("soup"));
    a.publish("hall", bytes("echo"));
    a.count("hall"); // Redis has run the publish before b subscribes
    b.subscribe("hall");
    b.unsubscribe("hall");
    a.publish("hall", bytes("nobody"));
    RedisTestSupport.on(redis).fence(a, prefix, "kitchen", rb);
    assertThat(rb.withoutFences()).containsExactly("kitchen|soup");
    // The publisher's own members always get it, subscribed or not.
    assertThat(ra.withoutFences())
        .containsExactly("kitchen|soup", "hall|echo", "hall|nobody")
        .inOrder();
  }

  @Test
  void oneSubscriptionPerRoomPerNode() {
    RedisBroker a = node(new Recorder());
    RedisBroker b = node(new Recorder());
    for (int i = 0; i < 5; i++) {
      a.subscribe("busy");
    }
    for (int i = 0; i < 3; i++) {
      b.subscribe("busy");
    }
    assertThat(RedisTestSupport.on(redis).numsub(prefix, "busy")).isEqualTo(2);
    a.unsubscribe("busy");
    a.unsubscribe("busy");
    assertThat(RedisTestSupport.on(redis).numsub(prefix, "busy")).isEqualTo(1);
    b.unsubscribe("busy");
    assertThat(RedisTestSupport.on(redis).numsub(prefix, "busy")).isEqualTo(0);
  }

  @Test
  void countsAreClusterWide() {
    RedisBroker a = node(new Recorder());
    RedisBroker b = node(new Recorder());
    for (int i = 0; i < 3; i++) {
      assertThat(a.tryJoin("room", "a" + i, 5)).isTrue();
    }
    assertThat(b.tryJoin("room", "b0", 5)).isTrue();
    assertThat(b.tryJoin("room", "b1", 5)).isTrue();
    assertThat(b.tryJoin("room", "b2", 5)).isFalse();
    assertThat(a.count("room")).isEqualTo(5);
    assertThat(b.count("room")).isEqualTo(5);
    a.leave("room", "a0");
    assertThat(b.count("room")).isEqualTo(4);
    assertThat(b.tryJoin("room", "b2", 5)).isTrue();
  }

  @Test
  void concurrentJoinsOnTwoNodesAdmitExactlyTheLimit() throws Exception {
    RedisBroker a = node(new Recorder());
    RedisBroker b = node(new Recorder());
    ExecutorService pool = Executors.newFixedThreadPool(100);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String id = "c" + i;
        results.add(pool.submit(joiner(go, a, "a-" + id)));
        results.add(pool.submit(joiner(go, b, "b-" + id)));
      }
      go.countDown();
      int admitted = 0;
      for (Future<Boolean> result : results) {
        if (result.get(30, TimeUnit.SECONDS)) {
          admitted++;
        }
      }
      assertThat(admitted).isEqualTo(60);
      assertThat(a.count("arena")).isEqualTo(60);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<Boolean> joiner(CountDownLatch go, RedisBroker node, String id) {
    return () -> {
      go.await();
      return node.tryJoin("arena", id, 60);
    };
  }

  @Test
  void aLimitHoldsAcrossNodes() throws Exception {
    RedisRateLimiter one = limiter();
    RedisRateLimiter two = limiter();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        RedisRateLimiter node = i % 2 == 0 ? one : two;
        results.add(pool.submit(() -> node.acquire("ip:10.0.0.1", 7, 60_000)));
      }
      int allowed = 0;
      for (Future<Long> result : results) {
        if (result.get(30, TimeUnit.SECONDS) == 0) {
          allowed++;
        }
      }
      assertThat(allowed).isEqualTo(7);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aNodeThatStopsHeartbeatingStopsCounting() {
    RedisBroker doomed = node(new Recorder(), "&node-timeout=1s");
    RedisBroker survivor = node(new Recorder(), "&node-timeout=1s");
    for (int i = 0; i < 3; i++) {
      assertThat(doomed.tryJoin("room", "d" + i, 4)).isTrue();
    }
    assertThat(survivor.tryJoin("room", "s0", 4)).isTrue();
    assertThat(survivor.tryJoin("room", "s1", 4)).isFalse();
    doomed.crash();
    // Bounded by the node timeout (1 s) plus polling slack.
    Await.equals(5, "the count without the dead node", 1L, () -> survivor.count("room"));
    assertThat(survivor.tryJoin("room", "s1", 4)).isTrue();
    assertThat(survivor.count("room")).isEqualTo(2);
  }

  @Test
  void aCrashedNodesMembersLeaveThePresenceAndRedis() {
    RedisBroker doomed = node(new Recorder(), "&node-timeout=1s");
    RedisBroker survivor = node(new Recorder(), "&node-timeout=1s");
    for (int i = 0; i < 3; i++) {
      assertThat(doomed.tryJoin("room", "d" + i, 0, bytes("{\"user\":\"d" + i + "\"}"))).isTrue();
    }
    assertThat(survivor.tryJoin("room", "s0", 0, bytes("{\"user\":\"s0\"}"))).isTrue();
    assertThat(survivor.presence("room").keySet()).containsExactly("d0", "d1", "d2", "s0");
    doomed.crash();
    // Listed without them once the heartbeat expires (1 s), before any count drops them.
    Await.until(
        5, "the presence without the dead node", () -> survivor.presence("room").size() == 1);
    assertThat(new String(survivor.presence("room").get("s0"), UTF_8))
        .isEqualTo("{\"user\":\"s0\"}");
    // The next count drops their entries, presence included, from Redis for good.
    assertThat(survivor.count("room")).isEqualTo(1);
    assertThat(RedisTestSupport.on(redis).commands().hkeys(prefix + "presence:room"))
        .containsExactly("s0");
  }

  @Test
  void aNodeThatClosesLeavesAtOnce() {
    RedisBroker a = node(new Recorder());
    RedisBroker b = node(new Recorder());
    assertThat(a.tryJoin("room", "a0", 0)).isTrue();
    assertThat(a.tryJoin("other", "a0", 0)).isTrue();
    assertThat(b.tryJoin("room", "b0", 0)).isTrue();
    a.close();
    assertThat(b.count("room")).isEqualTo(1);
    assertThat(b.count("other")).isEqualTo(0);
  }
}
