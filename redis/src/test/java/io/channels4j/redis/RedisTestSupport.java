package io.channels4j.redis;

import io.channels4j.runtime.Broker;
import io.channels4j.test.services.RedisServerProcess;
import io.channels4j.testing.RedisClusterProcess;
import io.channels4j.testing.RedisPerClass;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw Lettuce connection for looking at Redis (a server or a cluster) from outside the backend
 * under test.
 */
final class RedisTestSupport implements AutoCloseable {
  private static final AtomicInteger FENCES = new AtomicInteger();
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  private final RedisClusterProcess cluster; // null for one server
  private final AbstractRedisClient client;
  private final StatefulConnection<String, byte[]> connection;
  private final RedisClusterCommands<String, byte[]> commands;

  /** A connection to {@code server}. */
  RedisTestSupport(RedisServerProcess server) {
    this(server.url(""), null);
  }

  private RedisTestSupport(String url, RedisClusterProcess cluster) {
    this.cluster = cluster;
    if (cluster != null) {
      List<RedisURI> seeds = RedisSettings.parse(URI.create(url)).uris();
      RedisClusterClient clusterClient = RedisClusterClient.create(seeds);
      StatefulRedisClusterConnection<String, byte[]> c = clusterClient.connect(RedisLink.CODEC);
      client = clusterClient;
      connection = c;
      commands = c.sync();
    } else {
      RedisClient server = RedisClient.create(url);
      StatefulRedisConnection<String, byte[]> c = server.connect(RedisLink.CODEC);
      client = server;
      connection = c;
      commands = c.sync();
    }
  }

  /** The one raw connection to {@code redis} of the running test class. */
  static RedisTestSupport on(RedisPerClass redis) {
    return redis.attached(
        RedisTestSupport.class,
        r ->
            r.isCluster()
                ? new RedisTestSupport(r.url(""), r.clusterProcess())
                : new RedisTestSupport(r.server()));
  }

  /** A key prefix no other test uses, so tests sharing one Redis never see each other's keys. */
  static String uniquePrefix() {
    return "t" + PREFIXES.incrementAndGet() + "-" + System.nanoTime() + ":";
  }

  static RedisBroker broker(String url) {
    return (RedisBroker) new RedisBackendProvider().broker(URI.create(url));
  }

  static RedisRateLimiter limiter(String url) {
    return (RedisRateLimiter) new RedisBackendProvider().rateLimiter(URI.create(url));
  }

  /** The commands, run and awaited (routed by slot on a cluster). */
  RedisClusterCommands<String, byte[]> commands() {
    return commands;
  }

  /** The names the backend uses under {@code prefix}. */
  RedisKeys keys(String prefix) {
    return new RedisKeys(prefix, cluster != null);
  }

  /**
   * How many clients subscribe to {@code room}'s channel: {@code PUBSUB NUMSUB}, or on a cluster
   * {@code PUBSUB SHARDNUMSUB} asked of the master serving its slot.
   */
  long numsub(String prefix, String room) {
    String channel = keys(prefix).roomChannel(room);
    if (cluster == null) {
      return commands.pubsubNumsub(channel).getOrDefault(channel, 0L);
    }
    try {
      int port = cluster.masterOf(SlotHash.getSlot(channel));
      return ((StatefulRedisClusterConnection<String, byte[]>) connection)
          .getConnection("127.0.0.1", port)
          .sync()
          .pubsubShardNumsub(channel)
          .getOrDefault(channel, 0L);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Publishes {@code message} on {@code room}'s channel, as the backend would. */
  void publish(String prefix, String room, byte[] message) {
    String channel = keys(prefix).roomChannel(room);
    if (cluster != null) {
      commands.spublish(channel, message);
    } else {
      commands.publish(channel, message);
    }
  }

  /**
   * Waits until {@code broker}'s earlier publishes to {@code room} have reached {@code recorder} if
   * they ever will: a synchronous command on the broker's own connection proves Redis ran them,
   * then a marker sent from outside after that arrives behind them on the same subscription.
   */
  void fence(Broker broker, String prefix, String room, Recorder recorder) {
    broker.count(room);
    String marker = "fence-" + FENCES.incrementAndGet();
    byte[] body = marker.getBytes(StandardCharsets.UTF_8);
    byte[] message = Arrays.copyOf(new byte[] {1, 'x'}, 2 + body.length);
    System.arraycopy(body, 0, message, 2, body.length);
    publish(prefix, room, message);
    recorder.awaitFrame(room, marker);
  }

  @Override
  public void close() {
    connection.close();
    client.shutdown();
  }
}
