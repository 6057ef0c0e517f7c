package io.channels4j.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;

/**
 * How a {@link RedisLink} reaches Redis: one server ({@link StandaloneConnector}) or a Redis
 * Cluster ({@link ClusterConnector}). Everything else talks to either through the commands both
 * share.
 */
interface RedisConnector {
  /** An open command connection, with its commands. */
  record Commands(
      StatefulConnection<String, byte[]> connection,
      RedisClusterCommands<String, byte[]> sync,
      RedisClusterAsyncCommands<String, byte[]> async) {}

  /** The Lettuce client, for connection events. */
  AbstractRedisClient client();

  /**
   * Opens the command connection.
   *
   * @throws io.lettuce.core.RedisException if Redis can't be reached
   */
  Commands connect();

  /** Opens a pub/sub connection reporting to {@code listener}. */
  RedisPubSub connectPubSub(RedisPubSub.Listener listener);

  /** Publishes {@code message} on {@code channel}, as {@link #publishCommand} would. */
  RedisFuture<Long> publish(Commands commands, String channel, byte[] message);

  /** The command a script publishes with: {@code PUBLISH}, or {@code SPUBLISH} on a cluster. */
  String publishCommand();
}
