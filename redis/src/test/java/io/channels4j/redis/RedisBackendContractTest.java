package io.channels4j.redis;

import io.channels4j.runtime.Broker;
import io.channels4j.runtime.RateLimiter;
import io.channels4j.testing.RedisServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract, held by the Redis backends on a real redis-server. */
class RedisBackendContractTest extends BackendContractTest {
  private static RedisServerProcess server;
  private static RedisTestSupport redis;

  private final String prefix = RedisTestSupport.uniquePrefix();

  @BeforeAll
  static void startRedis() throws Exception {
    server = RedisServerProcess.start();
    redis = new RedisTestSupport(server);
  }

  @AfterAll
  static void stopRedis() {
    if (redis != null) {
      redis.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Override
  protected Broker newBroker() {
    return RedisTestSupport.broker(server.url("?prefix=" + prefix));
  }

  @Override
  protected RateLimiter newLimiter() {
    return RedisTestSupport.limiter(server.url("?prefix=" + prefix));
  }

  @Override
  protected void fence(Broker broker, String room, Recorder recorder) {
    redis.fence(broker, prefix, room, recorder);
  }
}
