package io.channels4j.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Lettuce client and its command connection, shared by a broker's or a limiter's calls.
 *
 * <p>Commands are rejected at once while the connection is down (rather than queued and replayed
 * late), so callers can fall back to local behaviour; Lettuce reconnects in the background. When
 * the first connect fails and a degraded start was asked for, connecting is retried on {@link
 * #scheduler()} until it succeeds.
 */
final class RedisLink implements AutoCloseable {
  static final RedisCodec<String, byte[]> CODEC =
      RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
  private static final Logger log = LoggerFactory.getLogger(RedisLink.class);

  private final RedisSettings settings;
  private final ClientResources resources;
  private final RedisClient client;
  private final ScheduledExecutorService scheduler;
  private volatile StatefulRedisConnection<String, byte[]> connection;
  private volatile boolean closed;

  RedisLink(RedisSettings settings, String threadName) {
    this.settings = settings;
    // Reconnect quickly at first, then back off to a few seconds: a restarted Redis is found soon.
    this.resources =
        ClientResources.builder()
            .ioThreadPoolSize(2)
            .computationThreadPoolSize(2)
            .reconnectDelay(
                Delay.exponential(
                    Duration.ofMillis(50), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS))
            .build();
    this.client = RedisClient.create(resources, settings.redisUri());
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .socketOptions(
                SocketOptions.builder().connectTimeout(settings.commandTimeout()).build())
            .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
            .build());
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, threadName);
              t.setDaemon(true);
              return t;
            });
  }

  RedisSettings settings() {
    return settings;
  }

  RedisClient client() {
    return client;
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
   *     no degraded start was asked for
   */
  void connect(Runnable openExtra, Runnable onConnected) {
    try {
      connectOnce(openExtra);
    } catch (RuntimeException e) {
      if (!settings.degradedStart()) {
        close();
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
    if (connection == null) {
      connection = client.connect(CODEC);
    }
    openExtra.run();
  }

  /** Whether the command connection is up. */
  boolean up() {
    StatefulRedisConnection<String, byte[]> c = connection;
    return c != null && c.isOpen();
  }

  /**
   * The command connection.
   *
   * @throws IllegalStateException when not (yet) connected
   */
  StatefulRedisConnection<String, byte[]> connection() {
    StatefulRedisConnection<String, byte[]> c = connection;
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
    var commands = connection().sync();
    try {
      return commands.evalsha(script.sha1(), type, keys, values);
    } catch (RedisNoScriptException e) {
      return commands.eval(script.text(), type, keys, values);
    }
  }

  /** The key for {@code suffix} under this link's prefix. */
  String key(String suffix) {
    return settings.prefix() + suffix;
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    scheduler.shutdownNow();
    StatefulRedisConnection<String, byte[]> c = connection;
    if (c != null) {
      c.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }
}
