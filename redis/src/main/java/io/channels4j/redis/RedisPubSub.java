package io.channels4j.redis;

import io.lettuce.core.RedisChannelHandler;
import java.util.Collection;

/**
 * A node's one pub/sub connection: classic {@code SUBSCRIBE} on a standalone Redis ({@link
 * StandalonePubSub}), sharded {@code SSUBSCRIBE} on a cluster ({@link ShardedPubSub}).
 */
interface RedisPubSub {
  /** What a pub/sub connection reports. */
  interface Listener {
    /** A message published on a subscribed channel. */
    void message(String channel, byte[] message);

    /** The subscriptions must be made again: where a cluster serves them has changed. */
    void resubscribeNeeded();
  }

  /**
   * Subscribes to {@code channels}; subscribing again to a channel is harmless.
   *
   * @throws io.lettuce.core.RedisException if Redis can't be reached (some may be subscribed)
   */
  void subscribe(Collection<String> channels);

  /** Unsubscribes from {@code channels}; throws as {@link #subscribe} does. */
  void unsubscribe(Collection<String> channels);

  /** Whether the connection is open. */
  boolean isOpen();

  /** Whether {@code handler} is one of this connection's (as a connection event names it). */
  boolean owns(RedisChannelHandler<?, ?> handler);

  void close();
}
