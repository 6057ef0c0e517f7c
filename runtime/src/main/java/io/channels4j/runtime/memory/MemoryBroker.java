package io.channels4j.runtime.memory;

import io.channels4j.runtime.Broker;
import io.channels4j.runtime.HistoryId;
import io.channels4j.runtime.HistoryPage;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.Recovery;
import io.channels4j.runtime.ScheduledTask;
import io.channels4j.runtime.spi.RoomMembers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The single-node broker: broadcasts go straight to this node's members, counts and histories are
 * local (and gone when the node stops).
 *
 * <p>{@code memory://} selects it; it is the default.
 */
public final class MemoryBroker implements Broker {
  private final RoomMembers members = new RoomMembers();
  private final MemoryHistory history;
  private final MemorySchedules schedules = new MemorySchedules();
  private volatile Delivery delivery;

  /** A broker whose history ages on the system clock. */
  public MemoryBroker() {
    this(System::currentTimeMillis);
  }

  /** A broker whose history ages on the given clock, in milliseconds; for tests. */
  public MemoryBroker(LongSupplier clockMillis) {
    history = new MemoryHistory(clockMillis);
  }

  @Override
  public void start(Delivery delivery) {
    this.delivery = delivery;
  }

  /** Nothing to do: every room of this node is already local. */
  @Override
  public void subscribe(String room) {}

  /** Nothing to do: every room of this node is already local. */
  @Override
  public void unsubscribe(String room) {}

  @Override
  public void publish(String room, byte[] frame) {
    target().deliver(room, frame);
  }

  @Override
  public HistoryId publish(String room, byte[] message, HistoryPolicy policy) {
    Delivery target = target();
    return history.append(room, message, policy, entry -> target.deliver(room, entry.frame()));
  }

  @Override
  public HistoryPage before(String room, HistoryPolicy policy, HistoryId before, int limit) {
    return history.before(room, policy, before, limit);
  }

  @Override
  public HistoryPage after(String room, HistoryPolicy policy, HistoryId after, int limit) {
    return history.after(room, policy, after, limit);
  }

  @Override
  public Recovery since(String room, HistoryPolicy policy, HistoryId last) {
    return history.since(room, policy, last);
  }

  private Delivery target() {
    Delivery target = delivery;
    if (target == null) {
      throw new IllegalStateException("publish before start");
    }
    return target;
  }

  @Override
  public boolean tryJoin(String room, String connectionId, int maxConnections) {
    return members.tryJoin(room, connectionId, maxConnections);
  }

  @Override
  public void leave(String room, String connectionId) {
    members.leave(room, connectionId);
  }

  @Override
  public long count(String room) {
    return members.count(room);
  }

  @Override
  public Map<String, Set<String>> localMembers() {
    return members.snapshot();
  }

  @Override
  public void schedule(ScheduledTask task) {
    schedules.add(task);
  }

  @Override
  public boolean unschedule(String id) {
    return schedules.remove(id);
  }

  @Override
  public List<ScheduledTask> schedules() {
    return schedules.list();
  }

  @Override
  public List<ScheduledTask> claimDue(long nowMillis) {
    return schedules.claimDue(nowMillis);
  }

  /** To this node, the only one. */
  @Override
  public void publishControl(byte[] message) {
    Delivery target = delivery;
    if (target != null) {
      target.control(message);
    }
  }

  @Override
  public void close() {
    members.clear();
    history.clear();
  }
}
