package io.channels4j.redis;

import io.channels4j.runtime.Broker;
import io.channels4j.runtime.RateLimiter;
import io.channels4j.runtime.memory.MemoryBroker;
import io.channels4j.runtime.memory.MemoryRateLimiter;

/** The contract, held by the in-memory backends: the reference the Redis ones must match. */
class MemoryBackendContractTest extends BackendContractTest {
  private final MemoryBroker broker = new MemoryBroker();
  private final MemoryRateLimiter limiter = new MemoryRateLimiter();

  @Override
  protected Broker newBroker() {
    return broker;
  }

  @Override
  protected RateLimiter newLimiter() {
    return limiter;
  }
}
