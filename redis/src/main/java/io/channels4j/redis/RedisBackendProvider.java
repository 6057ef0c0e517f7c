package io.channels4j.redis;

import io.channels4j.runtime.BackendProvider;
import io.channels4j.runtime.Broker;
import io.channels4j.runtime.RateLimiter;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Serves {@code redis://} and {@code rediss://} URLs, and {@code redis-cluster://} and {@code
 * rediss-cluster://} for a Redis Cluster: a broker and a rate limiter shared by every node that
 * points at the same Redis. Within one process, the broker and the limiter of the same URL share
 * one set of connections ({@link RedisLink}), closed when the last of them closes.
 *
 * <p>The URL is {@code redis://[[user:]password@]host[:port][/db][?options]}; {@code rediss://}
 * connects with TLS. A cluster's URL is {@code
 * redis-cluster://[[user:]password@]host[:port][,host[: port]...][?options]}, any few of its nodes
 * (the rest are discovered), with no database. Options:
 *
 * <ul>
 *   <li>{@code prefix} — the prefix of every key and channel, {@code channels4j:} by default; nodes
 *       of one cluster must agree on it, and different applications sharing a Redis must not.
 *   <li>{@code node-timeout} — how long after its last heartbeat a node that died without cleaning
 *       up stops counting in rooms, 15 s by default (ms, or with a unit: {@code 500ms}, {@code 5s},
 *       {@code 1m}); the heartbeat is sent every third of it.
 *   <li>{@code timeout} — the connect and command timeout, 2 s by default.
 *   <li>{@code degraded-start} — {@code true} starts the node even if Redis can't be reached,
 *       serving local members only until it can; by default an unreachable Redis fails the start.
 * </ul>
 */
public final class RedisBackendProvider implements BackendProvider {
  /** Called by {@link java.util.ServiceLoader}. */
  public RedisBackendProvider() {}

  @Override
  public boolean supports(String scheme) {
    return List.of("redis", "rediss", "redis-cluster", "rediss-cluster")
        .contains(scheme.toLowerCase(Locale.ROOT));
  }

  /**
   * Creates a broker for {@code url}; it connects when started.
   *
   * @throws IllegalArgumentException if the URL is malformed
   */
  @Override
  public Broker broker(URI url) {
    return new RedisBroker(RedisLink.acquire(url));
  }

  /**
   * Creates and connects a rate limiter for {@code url}.
   *
   * @throws IllegalArgumentException if the URL is malformed
   * @throws IllegalStateException if Redis can't be reached and {@code degraded-start} is not set
   */
  @Override
  public RateLimiter rateLimiter(URI url) {
    return new RedisRateLimiter(RedisLink.acquire(url));
  }
}
