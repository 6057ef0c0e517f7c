package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.redis.BackendContractTest.bytes;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.HistoryEntry;
import io.channels4j.runtime.HistoryId;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.Recovery;
import io.channels4j.test.services.RedisServerProcess;
import io.channels4j.testing.Await;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Redis missing at start or lost while running: the node serves locally, then recovers. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class RedisOutageTest {
  private final String prefix = RedisTestSupport.uniquePrefix();
  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    // Brokers first, while their Redis may still be up; servers last.
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  private RedisBroker node(String url, Recorder recorder) {
    RedisBroker broker = RedisTestSupport.broker(url);
    opened.add(0, broker);
    broker.start(recorder);
    return broker;
  }

  private RedisServerProcess redis(int port) throws Exception {
    RedisServerProcess server = RedisServerProcess.start(port);
    opened.add(server);
    return server;
  }

  @Test
  void historyRoomsServeLocalMembersWithoutIdsWhileRedisIsAway() throws Exception {
    RedisServerProcess server = redis(RedisServerProcess.freePort());
    Recorder recorder = new Recorder();
    RedisBroker broker = node(server.url("?prefix=" + prefix), recorder);
    broker.subscribe("kept");
    HistoryPolicy policy = new HistoryPolicy(100, 0);
    HistoryId before = broker.publish("kept", bytes("{\"n\":0}"), policy);
    assertThat(before).isNotNull();

    server.stop();
    Await.until(10, "the broker to notice the outage", () -> !broker.healthy());
    // Neither kept nor numbered, but local members still get it.
    assertThat(broker.publish("kept", bytes("{\"n\":1}"), policy)).isNull();
    assertThat(recorder.all()).contains("kept|{\"n\":1}");
    assertThrows(IllegalStateException.class, () -> broker.since("kept", policy, before));
    assertThrows(IllegalStateException.class, () -> broker.before("kept", policy, null, 10));

    server.restart(); // empty: the history is gone with it
    Await.until(10, "the broker to reconnect", () -> broker.healthy());
    HistoryId after = broker.publish("kept", bytes("{\"n\":2}"), policy);
    assertThat(after).isGreaterThan(before);
    Recovery recovery = broker.since("kept", policy, before);
    assertThat(recovery.recovered()).isFalse();
    assertThat(recovery.missed().stream().map(HistoryEntry::id).toList()).containsExactly(after);
  }

  @Test
  void aRedisRestartIsSurvivedAndRepaired() throws Exception {
    RedisServerProcess server = redis(RedisServerProcess.freePort());
    String url = server.url("?prefix=" + prefix + "&node-timeout=1s");
    Recorder ra = new Recorder();
    Recorder rb = new Recorder();
    RedisBroker a = node(url, ra);
    RedisBroker b = node(url, rb);
    RedisRateLimiter limiter = RedisTestSupport.limiter(url);
    opened.add(0, limiter);
    a.subscribe("lobby");
    b.subscribe("lobby");
    assertThat(a.tryJoin("lobby", "a0", 10)).isTrue();
    assertThat(a.tryJoin("lobby", "a1", 10)).isTrue();
    assertThat(b.tryJoin("lobby", "b0", 10)).isTrue();
    assertThat(a.count("lobby")).isEqualTo(3);
    assertThat(a.healthy()).isTrue();

    server.stop();
    Await.until(10, "a and b to notice the outage", () -> !a.healthy() && !b.healthy());
    a.publish("lobby", bytes("during"));
    assertThat(ra.all()).contains("lobby|during");
    assertThat(a.count("lobby")).isEqualTo(2); // local members only
    assertThat(a.tryJoin("lobby", "a2", 0)).isTrue();
    b.leave("lobby", "b0");
    assertThat(b.tryJoin("lobby", "b1", 0)).isTrue();
    assertThat(limiter.acquire("k", 1, 60_000)).isEqualTo(0);
    assertThat(limiter.acquire("k", 1, 60_000)).isGreaterThan(0);

    server.restart(); // empty: no persistence
    Await.until(10, "a and b to reconnect", () -> a.healthy() && b.healthy());
    int[] sent = {0};
    Await.until(
        10,
        "a publish after the restart to reach b",
        () -> {
          a.publish("lobby", bytes("after-" + sent[0]++));
          return rb.all().stream().anyMatch(s -> s.startsWith("lobby|after-"));
        });
    Await.equals(10, "the restored cluster count", 4L, () -> b.count("lobby"));
    try (RedisTestSupport look = new RedisTestSupport(server)) {
      assertThat(look.numsub(prefix, "lobby")).isEqualTo(2);
    }
    assertThat(rb.all()).doesNotContain("lobby|during");
  }

  @Test
  void joinsAndLeavesRacingAnOutageEndUpCountedExactly() throws Exception {
    RedisServerProcess server = redis(RedisServerProcess.freePort());
    String url = server.url("?prefix=" + prefix + "&node-timeout=1s");
    RedisBroker a = node(url, new Recorder());
    RedisBroker b = node(url, new Recorder());
    AtomicBoolean stop = new AtomicBoolean();
    List<Set<String>> held = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      RedisBroker node = w % 2 == 0 ? a : b;
      Set<String> mine = new HashSet<>();
      held.add(mine);
      String name = "w" + w + "-";
      Thread t =
          new Thread(
              () -> {
                for (int i = 0; !stop.get(); i++) {
                  String id = name + i;
                  if (node.tryJoin("busy", id, 0)) {
                    mine.add(id);
                  }
                  if (i % 3 == 2) {
                    String gone = name + (i - 1);
                    node.leave("busy", gone);
                    mine.remove(gone);
                  }
                  Await.sleep(2);
                }
              });
      workers.add(t);
      t.start();
    }
    Await.sleep(200);
    server.stop();
    Await.until(10, "the outage to be noticed", () -> !a.healthy() && !b.healthy());
    Await.sleep(200);
    server.restart();
    Await.until(10, "reconnection", () -> a.healthy() && b.healthy());
    Await.sleep(200);
    stop.set(true);
    for (Thread t : workers) {
      t.join(10_000);
    }
    long expected = held.stream().mapToLong(Set::size).sum();
    assertThat(expected).isGreaterThan(0L);
    Await.equals(10, "the cluster count", expected, () -> a.count("busy"));
    assertThat(b.count("busy")).isEqualTo(expected);
  }

  @Test
  void aDegradedStartServesLocallyThenJoinsTheCluster() throws Exception {
    int port = RedisServerProcess.freePort();
    String url =
        "redis://127.0.0.1:" + port + "?degraded-start=true&node-timeout=1s&prefix=" + prefix;
    Recorder ra = new Recorder();
    RedisBroker a = node(url, ra);
    assertThat(a.healthy()).isFalse();
    a.subscribe("lobby");
    a.publish("lobby", bytes("alone"));
    assertThat(ra.all()).containsExactly("lobby|alone");
    assertThat(a.tryJoin("lobby", "a0", 1)).isTrue();
    assertThat(a.tryJoin("lobby", "a1", 1)).isFalse();
    RedisRateLimiter limiter = RedisTestSupport.limiter(url);
    opened.add(0, limiter);
    assertThat(limiter.acquire("k", 1, 60_000)).isEqualTo(0);

    RedisServerProcess server = redis(port);
    Await.until(15, "a to connect", a::healthy);
    Recorder rb = new Recorder();
    RedisBroker b = node(url, rb);
    Await.equals(10, "the count seen from another node", 1L, () -> b.count("lobby"));
    b.publish("lobby", bytes("hello-a"));
    ra.awaitFrame("lobby", "hello-a");
    Await.until(10, "the limiter to use Redis", limiter::healthy);
    assertThat(server.port()).isEqualTo(port);
  }

  @Test
  void anUnreachableRedisFailsTheStartNamingTheUrlButNotThePassword() throws Exception {
    int port = RedisServerProcess.freePort();
    String url = "redis://s3cret@127.0.0.1:" + port + "/2?prefix=" + prefix;
    RedisBroker broker = RedisTestSupport.broker(url);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> broker.start(new Recorder()));
    assertThat(e).hasMessageThat().contains("redis://***@127.0.0.1:" + port + "/2");
    assertThat(e).hasMessageThat().doesNotContain("s3cret");
    IllegalStateException limiterError =
        assertThrows(IllegalStateException.class, () -> RedisTestSupport.limiter(url));
    assertThat(limiterError).hasMessageThat().contains("127.0.0.1:" + port);
    assertThat(limiterError).hasMessageThat().doesNotContain("s3cret");
  }
}
