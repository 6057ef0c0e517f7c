package io.channels4j.redis;

import io.channels4j.runtime.Broker;
import io.channels4j.runtime.RateLimiter;
import io.channels4j.runtime.memory.MemoryBroker;
import io.channels4j.runtime.memory.MemoryRateLimiter;
import java.util.concurrent.atomic.AtomicLong;

/** The contract, held by the in-memory backends: the reference the Redis ones must match. */
class MemoryBackendContractTest extends BackendContractTest {
  private final AtomicLong now = new AtomicLong(1_000_000);
  private final MemoryBroker broker = new MemoryBroker(now::get);
  private final MemoryRateLimiter limiter = new MemoryRateLimiter(now::get);

  @Override
  protected Broker newBroker() {
    return broker;
  }

  @Override
  protected RateLimiter newLimiter() {
    return limiter;
  }

  @Override
  protected void pass(long millis) {
    now.addAndGet(millis);
  }
}
