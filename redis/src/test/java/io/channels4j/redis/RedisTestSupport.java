package io.channels4j.redis;

import io.channels4j.runtime.Broker;
import io.channels4j.testing.RedisPerClass;
import io.channels4j.testing.RedisServerProcess;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** A raw Lettuce connection for looking at Redis from outside the backend under test. */
final class RedisTestSupport implements AutoCloseable {
  private static final AtomicInteger FENCES = new AtomicInteger();
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  private final RedisClient client;
  private final StatefulRedisConnection<String, byte[]> connection;

  RedisTestSupport(RedisServerProcess server) {
    client = RedisClient.create("redis://127.0.0.1:" + server.port());
    connection = client.connect(RedisLink.CODEC);
  }

  /** The one raw connection to {@code redis} of the running test class. */
  static RedisTestSupport on(RedisPerClass redis) {
    return redis.attached(RedisTestSupport.class, RedisTestSupport::new);
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

  StatefulRedisConnection<String, byte[]> connection() {
    return connection;
  }

  /** How many clients subscribe to {@code channel}, as {@code PUBSUB NUMSUB} says. */
  long numsub(String channel) {
    return connection.sync().pubsubNumsub(channel).getOrDefault(channel, 0L);
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
    connection.sync().publish(prefix + "room:" + room, message);
    recorder.awaitFrame(room, marker);
  }

  @Override
  public void close() {
    connection.close();
    client.shutdown();
  }
}
