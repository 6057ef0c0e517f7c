package io.channels4j.runtime.undertow;

import io.channels4j.runtime.Broker;
import io.channels4j.runtime.HistoryId;
import io.channels4j.runtime.HistoryPage;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.Recovery;
import java.util.Map;
import java.util.Set;

/** A broker that does what another does; tests override what they watch or break. */
class ForwardingBroker implements Broker {
  private final Broker delegate;

  ForwardingBroker(Broker delegate) {
    this.delegate = delegate;
  }

  @Override
  public Map<String, Set<String>> localMembers() {
    return delegate.localMembers();
  }

  @Override
  public void start(Delivery delivery) {
    delegate.start(delivery);
  }

  @Override
  public void subscribe(String room) {
    delegate.subscribe(room);
  }

  @Override
  public void unsubscribe(String room) {
    delegate.unsubscribe(room);
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
  public boolean healthy() {
    return delegate.healthy();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
