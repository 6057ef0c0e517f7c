package io.channels4j.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Lettuce client and its command connection, shared by the broker and the rate limiter of a
 * process that point at the same Redis URL; a standalone Redis or a Redis Cluster, as its {@link
 * RedisConnector} reaches it.
 *
 * <p>{@link #acquire} hands out the link already open for a URL (the same URL: host, credentials
 * and options alike), or opens one; each user gives its hold back with {@link #release} once, and
 * the last release closes the connections, the client and the scheduler. Two brokers on one URL in
 * one process (two servers, say) share a link too; each keeps its own pub/sub connection, node id
 * and heartbeat. The link's {@link #health()} is the one record of whether its Redis is reachable.
 *
 * <p>Commands are rejected at once while the connection is down (rather than queued and replayed
 * late), so callers can fall back to local behaviour; Lettuce reconnects in the background. When
 * the first connect fails and a degraded start was asked for, connecting is retried on {@link
 * #scheduler()} until it succeeds.
 */
final class RedisLink {
  static final RedisCodec<String, byte[]> CODEC =
      RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
  private static final Logger log = LoggerFactory.getLogger(RedisLink.class);
  // The links in use, by URL; guarded by the class, as each link's count of users is.
  private static final Map<URI, RedisLink> OPEN = new HashMap<>();

  private final URI url;
  private int users;

  private final RedisSettings settings;
  private final RedisKeys keys;
  private final ClientResources resources;
  private final RedisConnector connector;
  private final ScheduledExecutorService scheduler;
  private final RedisHealth health;
  private volatile RedisConnector.Commands commands;
  private volatile boolean closed;

  /**
   * The link for {@code url}, shared with every other user of that URL until each has called {@link
   * #release}; not connected yet if new.
   *
   * @throws IllegalArgumentException if the URL is malformed
   */
  static RedisLink acquire(URI url) {
    synchronized (RedisLink.class) {
      RedisLink link = OPEN.get(url);
      if (link == null) {
        link = new RedisLink(url, RedisSettings.parse(url));
        OPEN.put(url, link);
      }
      link.users++;
      return link;
    }
  }

  /** Gives back one hold taken by {@link #acquire}; the last one closes the link. */
  void release() {
    synchronized (RedisLink.class) {
      if (--users > 0) {
        return;
      }
      OPEN.remove(url, this);
    }
    close();
  }

  private RedisLink(URI url, RedisSettings settings) {
    this.url = url;
    this.settings = settings;
    this.keys = new RedisKeys(settings.prefix(), settings.cluster());
    this.health = new RedisHealth(settings.redacted());
    // Reconnect quickly at first, then back off to a few seconds: a restarted Redis is found soon.
    this.resources =
        ClientResources.builder()
            .ioThreadPoolSize(2)
            .computationThreadPoolSize(2)
            .reconnectDelay(
                Delay.exponential(
                    Duration.ofMillis(50), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS))
            .build();
    ClientOptions options =
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .socketOptions(
                SocketOptions.builder().connectTimeout(settings.commandTimeout()).build())
            .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
            .build();
    this.connector =
        settings.cluster()
            ? new ClusterConnector(resources, settings, options)
            : new StandaloneConnector(resources, settings, options);
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "channels4j-redis");
              t.setDaemon(true);
              return t;
            });
  }

  RedisSettings settings() {
    return settings;
  }

  /** The Lettuce client, for connection events. */
  AbstractRedisClient client() {
    return connector.client();
  }

  /** The names of keys and channels. */
  RedisKeys keys() {
    return keys;
  }

  /** Opens a pub/sub connection reporting to {@code listener}. */
  RedisPubSub connectPubSub(RedisPubSub.Listener listener) {
    return connector.connectPubSub(listener);
  }

  /** Whether this link's Redis is reachable, as its users last found it. */
  RedisHealth health() {
    return health;
  }

  /** The single thread that runs heartbeats, reconnects and restores. */
  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /**
   * Connects, opens any extra connections with {@code openExtra}, then calls {@code onConnected}
   * (on the scheduler when the connection came late).
   *
   * @throws IllegalStateException naming the URL (without password) when Redis can't be reached and
   *     no degraded start was asked for; the caller then releases its hold
   */
  void connect(Runnable openExtra, Runnable onConnected) {
    try {
      connectOnce(openExtra);
    } catch (RuntimeException e) {
      if (!settings.degradedStart()) {
        throw new IllegalStateException(
            "Cannot reach Redis at " + settings.redacted() + ": " + e.getMessage(), e);
      }
      log.warn(
          "Redis at {} is unreachable ({}); starting degraded, with local-only rooms, counts and"
              + " limits, and retrying",
          settings.redacted(),
          e.getMessage());
      scheduleRetry(openExtra, onConnected, 100);
      return;
    }
    onConnected.run();
  }

  private void scheduleRetry(Runnable openExtra, Runnable onConnected, long delayMillis) {
    if (closed) {
      return;
    }
    scheduler.schedule(
        () -> {
          if (closed) {
            return;
          }
          try {
            connectOnce(openExtra);
          } catch (RuntimeException e) {
            scheduleRetry(openExtra, onConnected, Math.min(delayMillis * 2, 2000));
            return;
          }
          log.info("Connected to Redis at {}", settings.redacted());
          onConnected.run();
        },
        delayMillis,
        TimeUnit.MILLISECONDS);
  }

  private void connectOnce(Runnable openExtra) {
    synchronized (this) {
      if (commands == null) {
        commands = connector.connect();
      } else if (!up()) {
        // Another user's connection, lost meanwhile: Redis is unreachable now.
        throw new IllegalStateException("connection lost");
      }
    }
    openExtra.run();
  }

  /** Whether {@code handler} is the command connection (as a connection event names it). */
  boolean isCommandConnection(RedisChannelHandler<?, ?> handler) {
    RedisConnector.Commands c = commands;
    return c != null && handler == c.connection();
  }

  /** Whether the command connection is up. */
  boolean up() {
    RedisConnector.Commands c = commands;
    return c != null && c.connection().isOpen();
  }

  /**
   * The commands, run and awaited.
   *
   * @throws IllegalStateException when not (yet) connected
   */
  RedisClusterCommands<String, byte[]> sync() {
    return commands().sync();
  }

  /**
   * The commands, sent without waiting.
   *
   * @throws IllegalStateException when not (yet) connected
   */
  RedisClusterAsyncCommands<String, byte[]> async() {
    return commands().async();
  }

  /** Publishes {@code message} on {@code channel} (sharded on a cluster). */
  RedisFuture<Long> publish(String channel, byte[] message) {
    return connector.publish(commands(), channel, message);
  }

  /** The command a script publishes with, {@code PUBLISH} or {@code SPUBLISH}. */
  String publishCommand() {
    return connector.publishCommand();
  }

  private RedisConnector.Commands commands() {
    RedisConnector.Commands c = commands;
    if (c == null) {
      throw new IllegalStateException("Not connected to Redis at " + settings.redacted());
    }
    return c;
  }

  /** Runs {@code script} by its SHA-1, loading it first if Redis doesn't know it (or restarted). */
  long eval(Script script, String[] keys, String... args) {
    byte[][] values = new byte[args.length][];
    for (int i = 0; i < args.length; i++) {
      values[i] = args[i].getBytes(StandardCharsets.UTF_8);
    }
    Long result = eval(script, ScriptOutputType.INTEGER, keys, values);
    return result == null ? 0 : result;
  }

  /** Runs {@code script} as {@link #eval(Script, String[], String...)} does, for any reply type. */
  <T> T eval(Script script, ScriptOutputType type, String[] keys, byte[]... values) {
    RedisClusterCommands<String, byte[]> sync = sync();
    try {
      return sync.evalsha(script.sha1(), type, keys, values);
    } catch (RedisNoScriptException e) {
      return sync.eval(script.text(), type, keys, values);
    }
  }

  private void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    scheduler.shutdownNow();
    RedisConnector.Commands c = commands;
    if (c != null) {
      c.connection().close();
    }
    connector.client().shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }
}
