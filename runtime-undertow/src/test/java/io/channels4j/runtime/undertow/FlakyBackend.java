package io.channels4j.runtime.undertow;

import io.channels4j.runtime.BackendProvider;
import io.channels4j.runtime.Broker;
import io.channels4j.runtime.RateLimiter;
import io.channels4j.runtime.memory.MemoryBroker;
import io.channels4j.runtime.memory.MemoryRateLimiter;
import java.net.URI;

/**
 * A {@code flaky://} backend found through ServiceLoader: an in-memory broker that is unhealthy.
 */
public final class FlakyBackend implements BackendProvider {
  /** Every subscribe and unsubscribe of every flaky broker, as {@code +room} / {@code -room}. */
  static final java.util.Queue<String> SUBSCRIPTIONS =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  @Override
  public boolean supports(String scheme) {
    return scheme.equals("flaky");
  }

  @Override
  public Broker broker(URI url) {
    return new ForwardingBroker(new MemoryBroker()) {
      @Override
      public void subscribe(String room) {
        SUBSCRIPTIONS.add("+" + room);
      }

      @Override
      public void unsubscribe(String room) {
        SUBSCRIPTIONS.add("-" + room);
      }

      @Override
      public boolean tryJoin(String room, String connectionId, int maxConnections) {
        if (room.endsWith("unreachable")) {
          throw new IllegalStateException("backend unreachable (expected by a test)");
        }
        return super.tryJoin(room, connectionId, maxConnections);
      }

      @Override
      public boolean healthy() {
        return false;
      }
    };
  }

  @Override
  public RateLimiter rateLimiter(URI url) {
    return new MemoryRateLimiter();
  }
}
