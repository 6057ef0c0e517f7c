package io.channels4j.runtime.undertow;

import io.channels4j.runtime.Authenticator;
import io.channels4j.runtime.Broker;
import io.channels4j.runtime.ExceptionHandler;
import io.channels4j.runtime.PermissionCheck;
import io.channels4j.runtime.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * A {@link ChannelServer.Builder}'s settings, with their defaults and checks. Each server started
 * from the builder reads them once, at its start, into objects of its own; a builder changed or
 * started again later does not reach a server already started.
 */
final class ServerConfig {
  String host = "localhost";
  int port = 8000;

  final BackendChoice<Broker> broker = new BackendChoice<>("Broker", "broker", "memory://");

  /** By default the broker URL's backend; memory:// beside a broker instance. */
  final BackendChoice<RateLimiter> limiter = new BackendChoice<>("RateLimiter", "limiter", null);

  final Bindings bindings = new Bindings();
  final List<MountRequest> mounts = new ArrayList<>();
  final Map<String, String> staticResources = new LinkedHashMap<>();
  String healthPath;
  Authenticator authenticator;
  String tokenQueryParameter = "token";
  String tokenCookie = "token";
  PermissionCheck defaultPermission = ctx -> true;
  final Map<Class<?>, ExceptionHandler<Throwable>> exceptionHandlers = new LinkedHashMap<>();

  /** The {@code @Provided} values, by the type parameters take them as. */
  final Map<Class<?>, Supplier<?>> providers = new LinkedHashMap<>();

  HandlerThreads handlers = HandlerThreads.pool();
  final Set<String> allowedOrigins = new LinkedHashSet<>();
  long maxFrameBytes = 1 << 20;

  /** Zero until set: then binary frames have the limit of text frames. */
  long maxBinaryFrameBytes;

  int maxJsonDepth = 32;
  long maxQueuedBytes = 1 << 20;
  Duration closeTimeout = Duration.ofSeconds(5);
  Duration slowClientTimeout = Duration.ofSeconds(2);
  Duration shutdownTimeout = Duration.ofSeconds(10);
  int shutdownBatchSize = 1000;

  /** How often every client is pinged; {@code null}: never. */
  Duration pingInterval = Duration.ofSeconds(30);

  /**
   * How long a client may stay silent (no frame, no pong) before it is closed; {@code null}: no
   * limit.
   */
  Duration idleTimeout = Duration.ofSeconds(90);

  /** The admin API's path prefix and guard; {@code null}: no admin API. */
  String adminPath;

  AdminGuard adminGuard;

  /** Makes the server's metrics from its context; none by default. */
  Function<ServerContext, ServerMetrics> metrics = context -> ServerMetrics.NONE;

  /** Where the metrics are scraped, and what the scrape answers; {@code null}: nowhere. */
  String metricsPath;

  Supplier<String> scrape;

  /** How often each room's join and leave events go out; {@code null}: never. */
  Duration presenceInterval;

  /** The most joins and leaves a presence event lists, rather than counts. */
  int presenceListUpTo;

  /** The TLS of the listener, or {@code null} for plain HTTP and {@code ws://}. */
  SSLContext tls;

  /** Adds {@code mount}, refusing a second channel on one path. */
  void add(MountRequest mount) {
    String path = mount.descriptor().path();
    for (MountRequest other : mounts) {
      if (other.descriptor().path().equals(path)) {
        throw new IllegalArgumentException("Two channels mounted on " + path);
      }
    }
    mounts.add(mount);
  }

  /** The checks {@link ChannelServer.Builder#start()} makes before it makes anything. */
  void checkStartable() {
    if (mounts.isEmpty()) {
      throw new IllegalStateException("No channel mounted: call mount(...) before start()");
    }
    broker.checkNotTaken();
    limiter.checkNotTaken();
    for (MountRequest mount : mounts) {
      mount.checkProvided(providers.keySet());
    }
  }

  /** The starting server's broker. */
  Broker newBroker(Backends backends) {
    return broker.take(backends::broker, null);
  }

  /** The starting server's limiter. */
  RateLimiter newLimiter(Backends backends) {
    String brokerUrl = broker.url();
    return limiter.take(backends::rateLimiter, brokerUrl != null ? brokerUrl : "memory://");
  }

  /** The largest binary frame accepted: as set, else {@link #maxFrameBytes}. */
  long maxBinaryFrameBytes() {
    return maxBinaryFrameBytes > 0 ? maxBinaryFrameBytes : maxFrameBytes;
  }

  static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }
}
