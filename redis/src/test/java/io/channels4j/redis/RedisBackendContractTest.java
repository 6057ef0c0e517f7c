package io.channels4j.redis;

import io.channels4j.runtime.Broker;
import io.channels4j.runtime.RateLimiter;
import io.channels4j.testing.Await;
import io.channels4j.testing.RedisPerClass;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract, held by the Redis backends on a real redis-server. */
class RedisBackendContractTest extends BackendContractTest {
  @RegisterExtension static final RedisPerClass redis = new RedisPerClass();

  private final String prefix = RedisTestSupport.uniquePrefix();

  /** The Redis the brokers share. */
  protected RedisPerClass redis() {
    return redis;
  }

  @Override
  protected Broker newBroker() {
    return RedisTestSupport.broker(redis().url("?prefix=" + prefix));
  }

  @Override
  protected RateLimiter newLimiter() {
    return RedisTestSupport.limiter(redis().url("?prefix=" + prefix));
  }

  @Override
  protected void fence(Broker broker, String room, Recorder recorder) {
    RedisTestSupport.on(redis()).fence(broker, prefix, room, recorder);
  }

  /**
   * Redis keeps its own clock (the limiter's script reads TIME, stream ids carry Redis' time), so
   * nodes' clocks don't matter and a test can't move it: real time passes.
   */
  @Override
  protected void pass(long millis) {
    Await.sleep(millis);
  }
}
