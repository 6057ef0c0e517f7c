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

/**
 * A {@link ChannelServer.Builder}'s settings, with their defaults and checks. Each server started
 * from the builder reads them once, at its start, into objects of its own; a builder changed or
 * started again later does not reach a server already started.
 */
final class ServerConfig {
  String host = "localhost";
  int port = 8000;

  /** The broker's URL, unless {@link #broker} gives an instance. */
  String brokerUrl = "memory://";

  Broker broker;

  /** The limiter's URL, unless {@link #limiter} gives an instance; by default the broker's. */
  String limiterUrl;

  RateLimiter limiter;

  /** Whether a server took the given broker or limiter: an instance serves one server. */
  boolean brokerTaken;

  boolean limiterTaken;

  final Bindings bindings = new Bindings();
  final List<MountRequest> mounts = new ArrayList<>();
  final Map<String, String> staticResources = new LinkedHashMap<>();
  String healthPath;
  Authenticator authenticator;
  String tokenQueryParameter = "token";
  String tokenCookie = "token";
  PermissionCheck defaultPermission = ctx -> true;
  final Map<Class<?>, ExceptionHandler<Throwable>> exceptionHandlers = new LinkedHashMap<>();
  HandlerThreads handlers = HandlerThreads.pool();
  final Set<String> allowedOrigins = new LinkedHashSet<>();
  long maxFrameBytes = 1 << 20;
  int maxJsonDepth = 32;
  long maxQueuedBytes = 1 << 20;
  Duration closeTimeout = Duration.ofSeconds(5);
  Duration slowClientTimeout = Duration.ofSeconds(2);
  Duration shutdownTimeout = Duration.ofSeconds(10);

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
    if (brokerTaken) {
      throw new IllegalStateException(
          "The Broker given to broker(Broker) belongs to the server this builder started before;"
              + " give this server its own with broker(...)");
    }
    if (limiterTaken) {
      throw new IllegalStateException(
          "The RateLimiter given to limiter(RateLimiter) belongs to the server this builder"
              + " started before; give this server its own with limiter(...)");
    }
  }

  /** The starting server's broker: the given instance, which no later server gets, or a new one. */
  Broker newBroker(Backends backends) {
    if (broker == null) {
      return backends.broker(brokerUrl);
    }
    brokerTaken = true;
    return broker;
  }

  /**
   * The starting server's limiter: the given instance, which no later server gets, or a new one
   * from the limiter URL, by default the broker's (memory:// beside a given broker).
   */
  RateLimiter newLimiter(Backends backends) {
    if (limiter == null) {
      String url = limiterUrl != null ? limiterUrl : broker != null ? "memory://" : brokerUrl;
      return backends.rateLimiter(url);
    }
    limiterTaken = true;
    return limiter;
  }

  static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }
}
