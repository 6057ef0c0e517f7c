package io.channels4j.runtime;

/**
 * Carries broadcasts between the nodes of a cluster and keeps cluster-wide room counts.
 *
 * <p>A node subscribes to a room when its first local member joins and unsubscribes when its last
 * leaves. {@link #publish} delivers the frame exactly once to every member on every node: to this
 * node's own members through the {@link Delivery} given to {@link #start}, and to other nodes'
 * members through theirs. The in-memory broker, the default, serves one node.
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
  }
}
