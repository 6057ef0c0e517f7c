package io.channels4j.runtime;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries broadcasts between the nodes of a cluster and keeps cluster-wide room counts.
 *
 * <p>A node subscribes to a room when its first local member joins and unsubscribes when its last
 * leaves. {@link #publish(String, byte[])} delivers the frame exactly once to every member on every
 * node: to this node's own members through the {@link Delivery} given to {@link #start}, and to
 * other nodes' members through theirs. The in-memory broker, the default, serves one node.
 *
 * <p>Rooms of a channel with {@code @History} are published with {@link #publish(String, byte[],
 * HistoryPolicy)}, which stores the frame and delivers it with its id as one step, so every node
 * receives a room's messages in the order of their ids. Their history is read with {@link #before},
 * {@link #after} and {@link #since}.
 */
public interface Broker extends AutoCloseable {
  /** Starts the broker; frames for this node's subscribed rooms go to {@code delivery}. */
  void start(Delivery delivery);

  /** Starts receiving the frames published to {@code room}. Idempotent. */
  void subscribe(String room);

  /** Stops receiving the frames published to {@code room}. Idempotent. */
  void unsubscribe(String room);

  /** Sends an encoded frame to every member of {@code room} on every node. */
  void publish(String room, byte[] frame);

  /**
   * Stores {@code message}, a JSON object, in the room's history under a new id and sends it, with
   * {@code "id"} spliced in (see {@link HistoryEntry#stamped}), to every member on every node; then
   * trims the history to {@code policy}. Every node delivers a room's messages in id order.
   *
   * @return the message's id, or {@code null} if the backend could not be reached and the message
   *     went to this node's members only, without an id
   */
  HistoryId publish(String room, byte[] message, HistoryPolicy policy);

  /**
   * The newest {@code limit} kept messages older than {@code before} (the newest of all when {@code
   * null}); {@link HistoryPage#more()} tells whether older ones are kept too.
   */
  HistoryPage before(String room, HistoryPolicy policy, HistoryId before, int limit);

  /**
   * The oldest {@code limit} kept messages newer than {@code after}; {@link HistoryPage#more()}
   * tells whether newer ones are kept too.
   */
  HistoryPage after(String room, HistoryPolicy policy, HistoryId after, int limit);

  /**
   * Every kept message newer than {@code last}, for a client that saw {@code last} and reconnects;
   * {@link Recovery#recovered()} is {@code true} only if they are all it missed, that is if {@code
   * last} or an older message is still kept.
   */
  Recovery since(String room, HistoryPolicy policy, HistoryId last);

  /**
   * Atomically adds {@code connectionId} to the room's count unless that would exceed {@code
   * maxConnections} (zero or less: no limit).
   *
   * @return whether the connection was admitted
   */
  boolean tryJoin(String room, String connectionId, int maxConnections);

  /** Removes {@code connectionId} from the room's count. Idempotent. */
  void leave(String room, String connectionId);

  /** The number of connections in {@code room} across the cluster. */
  long count(String room);

  /**
   * A copy of this node's members, connection ids by room, as the broker counts them (for a
   * clustered broker, this node's entries only). The server compares it with the connections it
   * holds and repairs any difference with {@link #tryJoin} and {@link #leave}, so counts converge
   * to the truth even if a leave or a join was ever missed.
   */
  Map<String, Set<String>> localMembers();

  /**
   * Keeps {@code task} (replacing one of the same id) until it is cancelled or has run for the last
   * time.
   *
   * @throws UnsupportedOperationException if this broker keeps no schedules
   */
  default void schedule(ScheduledTask task) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no schedules");
  }

  /** Cancels the task {@code id}; whether there was one. */
  default boolean unschedule(String id) {
    return false;
  }

  /** The scheduled tasks, soonest first. */
  default List<ScheduledTask> schedules() {
    return List.of();
  }

  /**
   * Claims the runs due by {@code nowMillis}, each as the task was due: a task that does not repeat
   * is removed, one that repeats moves to its {@link ScheduledTask#nextDue next time}. Every run is
   * claimed by exactly one caller across the nodes that share this broker's backend.
   */
  default List<ScheduledTask> claimDue(long nowMillis) {
    return List.of();
  }

  /**
   * Sends a control message to every node, this one included ({@link Delivery#control}): on a
   * channel of its own, which no room's broadcast reaches.
   */
  default void publishControl(byte[] message) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " sends no control messages");
  }

  /** Whether the broker currently reaches its backend; an in-memory broker always does. */
  default boolean healthy() {
    return true;
  }

  /** Stops the broker and releases its connections. */
  @Override
  void close();

  /** Hands frames to this node's members of a room. */
  @FunctionalInterface
  interface Delivery {
    /** Writes {@code frame} to every local member of {@code room}. */
    void deliver(String room, byte[] frame);

    /** Acts on a control message that a node sent with {@link Broker#publishControl}. */
    default void control(byte[] message) {}
  }
}
