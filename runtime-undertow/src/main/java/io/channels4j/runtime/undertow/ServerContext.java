package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.Broker;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.RateLimiter;
import io.channels4j.runtime.undertow.frame.FrameCodecs;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.XnioIoThread;

/**
 * What one server's connections share: its backends, rooms, limits and exception handlers, where
 * their handlers run, the codec of their messages, the flushers of their I/O threads, and the set
 * of open connections.
 */
final class ServerContext {
  private static final Logger log = LoggerFactory.getLogger(ChannelServer.class);

  final Broker broker;
  final RateLimiter limiter;

  /** Where handlers run, or {@code null} when they run on each connection's I/O thread. */
  final Executor executor;

  final Rooms rooms;
  final HistoryRooms historyRooms;
  final ExceptionHandlers exceptionHandlers;
  final long maxQueuedBytes;
  final int maxJsonDepth;
  final long maxFrameBytes;
  final long maxBinaryFrameBytes;
  final long closeTimeoutMillis;
  final long slowClientTimeoutMillis;

  /** Moshi with the mounted channels' generated adapters. */
  final Moshi moshi;

  /** The mounted channels' byte-level codecs, tried before Moshi. */
  final FrameCodecs codecs;

  /** The mounted channels. */
  final List<ChannelDescriptor> channels;

  /** The rooms' batched join and leave events; {@code null} when the server sends none. */
  final PresenceEvents presenceEvents;

  /** Where the server's events are counted and timed. */
  final ServerMetrics metrics;

  final Set<Connection> connections = ConcurrentHashMap.newKeySet();
  volatile boolean stopping;

  private final ClassValue<JsonAdapter<Object>> adapters;
  private final Map<XnioIoThread, OutboxFlusher> flushers = new ConcurrentHashMap<>();
  private final AtomicLong slowClients = new AtomicLong();
  private final AtomicLong opened = new AtomicLong();

  ServerContext(ServerConfig config, Broker broker, RateLimiter limiter, Executor executor) {
    this.broker = broker;
    this.limiter = limiter;
    this.executor = executor;
    this.maxQueuedBytes = config.maxQueuedBytes;
    this.maxJsonDepth = config.maxJsonDepth;
    this.maxFrameBytes = config.maxFrameBytes;
    this.maxBinaryFrameBytes = config.maxBinaryFrameBytes();
    this.closeTimeoutMillis = config.closeTimeout.toMillis();
    this.slowClientTimeoutMillis = config.slowClientTimeout.toMillis();
    this.exceptionHandlers = new ExceptionHandlers(config.exceptionHandlers);
    this.rooms = new Rooms(broker, message -> ControlMessages.apply(message, this));
    List<ChannelDescriptor> channels = new ArrayList<>();
    List<JsonAdapter.Factory> generated = new ArrayList<>();
    for (MountRequest mount : config.mounts) {
      channels.add(mount.descriptor());
      generated.add(mount.binding().jsonAdapterFactory());
    }
    this.channels = List.copyOf(channels);
    this.historyRooms = new HistoryRooms(channels);
    this.codecs =
        new FrameCodecs(config.mounts.stream().map(MountRequest::binding).toList(), maxJsonDepth);
    this.moshi = moshi(generated);
    Moshi m = moshi;
    this.adapters =
        new ClassValue<>() {
          @Override
          @SuppressWarnings("unchecked")
          protected JsonAdapter<Object> computeValue(Class<?> type) {
            JsonAdapter<?> adapter = m.adapter(jsonType(type));
            return (JsonAdapter<Object>) adapter;
          }
        };
    this.metrics = config.metrics.apply(this);
    this.presenceEvents =
        config.presenceInterval == null
            ? null
            : new PresenceEvents(this, config.presenceInterval, config.presenceListUpTo);
  }

  /**
   * The Moshi of a server with the {@code generated} adapter factories: strict scalars (no number
   * read from a string, nor a string from a number), and no reflective adapter for any other type.
   */
  static Moshi moshi(List<JsonAdapter.Factory> generated) {
    Moshi.Builder builder = new Moshi.Builder().add(new StrictScalarAdapters());
    generated.forEach(builder::add);
    return builder.addLast(new StrictAdapterFactory()).build();
  }

  boolean stopping() {
    return stopping;
  }

  /** The adapter for a value's runtime type, looked up once per class. */
  JsonAdapter<Object> adapterFor(Object value) {
    return adapters.get(value.getClass());
  }

  byte[] encode(Object message) {
    Objects.requireNonNull(message, "message");
    byte[] fast = codecs.encode(message);
    return fast != null ? fast : Envelopes.message(message, adapterFor(message));
  }

  void publish(String room, Object message) {
    byte[] frame = encode(message);
    HistoryPolicy history = historyRooms.policy(room);
    long start = metrics.timed() ? System.nanoTime() : 0;
    if (history.enabled()) {
      broker.publish(room, frame, history);
    } else {
      broker.publish(room, frame);
    }
    if (metrics.timed()) {
      metrics.published(System.nanoTime() - start);
    }
  }

  /**
   * Closes every connection of this node whose principal is named {@code user}; how many it closed.
   */
  int disconnectUser(String user, int code, String reason) {
    int closed = 0;
    for (Connection connection : connections) {
      Principal principal = connection.handshake.principal();
      if (principal != null
          && user.equals(principal.getName())
          && connection.closeWith(code, reason)) {
        closed++;
      }
    }
    return closed;
  }

  /** The flusher of the connections on {@code ioThread}. */
  OutboxFlusher flusher(XnioIoThread ioThread) {
    return flushers.computeIfAbsent(ioThread, OutboxFlusher::new);
  }

  /** Each I/O thread's flusher, made so far; for tests. */
  Map<XnioIoThread, OutboxFlusher> flushers() {
    return Map.copyOf(flushers);
  }

  void slowClientClosed(Connection connection) {
    slowClients.incrementAndGet();
    metrics.slowClientClosed(connection.handshake.mount().descriptor.path());
    log.warn(
        "Closed connection {} ({}) with 1008: its outbound queue passed {} bytes",
        connection.id,
        connection.handshake.remoteAddress(),
        maxQueuedBytes);
  }

  /** The next connection's place in the order of opening. */
  long nextSequence() {
    return opened.incrementAndGet();
  }

  long slowClientsClosed() {
    return slowClients.get();
  }

  void unregister(Connection connection) {
    connections.remove(connection);
    synchronized (connections) {
      connections.notifyAll();
    }
  }

  /** Bytes received but not yet handled, over all of this node's clients; for tests and metrics. */
  long inboundQueuedBytes() {
    long total = 0;
    for (Connection connection : connections) {
      total += connection.inboundBytes();
    }
    return total;
  }

  /** Bytes queued for sending to all of this node's clients; for tests and metrics. */
  long queuedBytes() {
    long total = 0;
    for (Connection connection : connections) {
      total += connection.queuedBytes();
    }
    return total;
  }

  /** Waits up to {@code millis} for every connection to unregister; whether they all did. */
  boolean awaitNoConnections(long millis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    synchronized (connections) {
      while (!connections.isEmpty()) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return false;
        }
        try {
          connections.wait(Math.min(left, 50));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return true;
  }

  /** Maps JDK collection implementations to the interfaces Moshi has adapters for. */
  private static Class<?> jsonType(Class<?> type) {
    if (Map.class.isAssignableFrom(type)) {
      return Map.class;
    }
    if (List.class.isAssignableFrom(type)) {
      return List.class;
    }
    if (Set.class.isAssignableFrom(type)) {
      return Set.class;
    }
    if (Collection.class.isAssignableFrom(type)) {
      return Collection.class;
    }
    return type;
  }
}
