package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.redis.BackendContractTest.bytes;

import io.channels4j.testing.Await;
import io.channels4j.testing.RedisPerClass;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A broker and a limiter on the same Redis URL share one set of connections: one command connection
 * between them, plus the broker's pub/sub connection; the last to close closes it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SharedLinkTest {
  @RegisterExtension static final RedisPerClass redis = new RedisPerClass();

  private final String prefix = RedisTestSupport.uniquePrefix();

  /** The clients Redis sees, this test's own connection left out. */
  private static long backendClients() {
    return RedisTestSupport.on(redis).commands().clientList().lines().count() - 1;
  }

  private static void awaitNoBackendClients() {
    Await.equals(10, "every backend connection closed", 0L, SharedLinkTest::backendClients);
  }

  private String url() {
    return redis.url("?prefix=" + prefix);
  }

  private RedisBroker startedBroker(Recorder recorder) {
    RedisBroker broker = RedisTestSupport.broker(url());
    broker.start(recorder);
    return broker;
  }

  @Test
  void aBrokerAndALimiterOnOneUrlOpenOneCommandConnection() {
    awaitNoBackendClients();
    RedisBroker broker = startedBroker(new Recorder());
    RedisRateLimiter limiter = RedisTestSupport.limiter(url());
    try {
      // One command connection for both, and the broker's pub/sub connection.
      assertThat(backendClients()).isEqualTo(2);
      assertThat(limiter.acquire("k", 1, 60_000)).isEqualTo(0);
      assertThat(broker.tryJoin("room", "c1", 0)).isTrue();
      assertThat(backendClients()).isEqualTo(2);
    } finally {
      broker.close();
      limiter.close();
    }
    awaitNoBackendClients();
  }

  @Test
  void closingTheLimiterLeavesTheBrokerWorking() {
    Recorder recorder = new Recorder();
    RedisBroker broker = startedBroker(recorder);
    RedisRateLimiter limiter = RedisTestSupport.limiter(url());
    limiter.close();
    limiter.close(); // a second close gives back nothing more
    try {
      assertThat(broker.healthy()).isTrue();
      broker.subscribe("lobby");
      RedisTestSupport.on(redis).publish(prefix, "lobby", bytes("\1xfrom-outside"));
      recorder.awaitFrame("lobby", "from-outside");
      assertThat(broker.tryJoin("room", "c1", 0)).isTrue();
      assertThat(RedisTestSupport.on(redis).commands().hget(prefix + "members:room", "c1"))
          .isNotNull();
      assertThat(broker.count("room")).isEqualTo(1);
    } finally {
      broker.close();
    }
    awaitNoBackendClients();
  }

  @Test
  void closingTheBrokerLeavesTheLimiterWorking() {
    RedisBroker broker = startedBroker(new Recorder());
    RedisRateLimiter limiter = RedisTestSupport.limiter(url());
    broker.close();
    try {
      assertThat(limiter.healthy()).isTrue();
      assertThat(limiter.acquire("k", 1, 60_000)).isEqualTo(0);
      assertThat(RedisTestSupport.on(redis).commands().exists(prefix + "limit:k")).isEqualTo(1);
      assertThat(limiter.acquire("k", 1, 60_000)).isGreaterThan(0);
      Await.equals(10, "only the command connection left", 1L, SharedLinkTest::backendClients);
    } finally {
      limiter.close();
    }
    awaitNoBackendClients();
  }

  @Test
  void aBrokerOpenedAfterTheLastCloseConnectsAfresh() {
    RedisBroker first = startedBroker(new Recorder());
    first.close();
    awaitNoBackendClients();
    RedisBroker second = startedBroker(new Recorder());
    try {
      assertThat(second.healthy()).isTrue();
      assertThat(second.tryJoin("room", "c1", 0)).isTrue();
      assertThat(second.count("room")).isEqualTo(1);
    } finally {
      second.close();
    }
  }
}
