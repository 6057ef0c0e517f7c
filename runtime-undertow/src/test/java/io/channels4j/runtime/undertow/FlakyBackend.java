package io.channels4j.runtime.undertow;

import io.channels4j.runtime.BackendProvider;
import io.channels4j.runtime.Broker;
import io.channels4j.runtime.HistoryId;
import io.channels4j.runtime.HistoryPage;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.RateLimiter;
import io.channels4j.runtime.Recovery;
import io.channels4j.runtime.memory.MemoryBroker;
import io.channels4j.runtime.memory.MemoryRateLimiter;
import java.net.URI;
import java.util.Map;
import java.util.Set;

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
    MemoryBroker delegate = new MemoryBroker();
    return new Broker() {
      @Override
      public void start(Delivery delivery) {
        delegate.start(delivery);
      }

      @Override
      public void subscribe(String room) {
        SUBSCRIPTIONS.add("+" + room);
      }

      @Override
      public void unsubscribe(String room) {
        SUBSCRIPTIONS.add("-" + room);
      }

      @Override
      public void publish(String room, byte[] frame) {
        delegate.publish(room, frame);
      }

      @Override
      public HistoryId publish(String room, byte[] message, HistoryPolicy policy) {
        return delegate.publish(room, message, policy);
      }

      @Override
      public HistoryPage before(String room, HistoryPolicy policy, HistoryId before, int limit) {
        return delegate.before(room, policy, before, limit);
      }

      @Override
      public HistoryPage after(String room, HistoryPolicy policy, HistoryId after, int limit) {
        return delegate.after(room, policy, after, limit);
      }

      @Override
      public Recovery since(String room, HistoryPolicy policy, HistoryId last) {
        return delegate.since(room, policy, last);
      }

      @Override
      public boolean tryJoin(String room, String connectionId, int maxConnections) {
        if (room.endsWith("unreachable")) {
          throw new IllegalStateException("backend unreachable (expected by a test)");
        }
        return delegate.tryJoin(room, connectionId, maxConnections);
      }

      @Override
      public void leave(String room, String connectionId) {
        delegate.leave(room, connectionId);
      }

      @Override
      public long count(String room) {
        return delegate.count(room);
      }

      @Override
      public Map<String, Set<String>> localMembers() {
        return delegate.localMembers();
      }

      @Override
      public boolean healthy() {
        return false;
      }

      @Override
      public void close() {
        delegate.close();
      }
    };
  }

  @Override
  public RateLimiter rateLimiter(URI url) {
    return new MemoryRateLimiter();
  }
}
