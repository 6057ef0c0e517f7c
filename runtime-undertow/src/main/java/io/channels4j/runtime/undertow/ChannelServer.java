package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.Authenticator;
import io.channels4j.runtime.BackendProvider;
import io.channels4j.runtime.Broker;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.ExceptionHandler;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.PermissionCheck;
import io.channels4j.runtime.RateLimiter;
import io.channels4j.runtime.internal.ChannelBinding;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Envelopes;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.LimiterGuards;
import io.channels4j.runtime.internal.StrictAdapterFactory;
import io.channels4j.runtime.memory.MemoryBroker;
import io.channels4j.runtime.memory.MemoryRateLimiter;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.ResponseCodeHandler;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.websockets.WebSocketConnectionCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.spi.WebSocketHttpExchange;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.XnioIoThread;

/**
 * Serves mounted channels over WebSockets on Undertow.
 *
 * <pre>{@code
 * try (ChannelServer server = ChannelServer.builder()
 *     .broker("memory://")
 *     .mount(new GroupChatImpl())
 *     .port(8000)
 *     .start()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Each connection's frames are handled in arrival order on the executor, off the I/O threads (or
 * on the connection's I/O thread, for handlers that never block: {@link
 * Builder#handlersOnIoThreads()}). Broadcasts are encoded once and the same bytes go to every
 * member; the frames a connection is sent while its I/O thread works through a burst of input go
 * out in one write. Every connection's outbound queue is bounded in bytes; a client too slow to
 * read is closed with 1008 and counted in {@link #slowClientsClosed()}.
 */
public final class ChannelServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ChannelServer.class);

  /** The size of Undertow's own default buffers on a heap over 128 MiB. */
  private static final int UNDERTOW_BUFFER_SIZE = 16_364;

  final Broker broker;
  final RateLimiter limiter;

  /** Where handlers run, or {@code null} when they run on each connection's I/O thread. */
  final Executor executor;

  final Rooms rooms;
  final Reconciler reconciler;
  final HistoryRooms historyRooms;
  final ExceptionHandlers exceptionHandlers;
  final long maxQueuedBytes;
  final int maxJsonDepth;
  final long maxFrameBytes;
  final long closeTimeoutMillis;
  final long slowClientTimeoutMillis;

  private final boolean ownExecutor;
  private final Moshi moshi;
  private final ClassValue<JsonAdapter<Object>> adapters;
  private final List<Mount> mounts;
  private final Duration shutdownTimeout;
  private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
  private final Map<XnioIoThread, OutboxFlusher> flushers = new ConcurrentHashMap<>();
  private final AtomicLong slowClients = new AtomicLong();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private volatile boolean stopping;
  private Undertow undertow;
  private int port;

  private ChannelServer(Builder b) {
    this.mounts = List.copyOf(b.mounts);
    this.maxQueuedBytes = b.maxQueuedBytes;
    this.maxJsonDepth = b.maxJsonDepth;
    this.maxFrameBytes = b.maxFrameBytes;
    this.closeTimeoutMillis = b.closeTimeout.toMillis();
    this.slowClientTimeoutMillis = b.slowClientTimeout.toMillis();
    this.shutdownTimeout = b.shutdownTimeout;
    this.exceptionHandlers = new ExceptionHandlers(b.exceptionHandlers);
    URI brokerUrl = url(b.brokerUrl);
    this.broker = backend(brokerUrl).broker(brokerUrl);
    URI limiterUrl = url(b.limiterUrl != null ? b.limiterUrl : b.brokerUrl);
    this.limiter = backend(limiterUrl).rateLimiter(limiterUrl);
    this.rooms = new Rooms(broker);
    this.reconciler = new Reconciler(connections, broker);
    this.historyRooms = new HistoryRooms(descriptors());
    this.ownExecutor = b.executor == null && !b.handlersOnIoThreads;
    this.executor = ownExecutor ? defaultExecutor() : b.executor;

    Moshi.Builder moshiBuilder = new Moshi.Builder();
    for (Mount mount : mounts) {
      moshiBuilder.add(mount.binding.jsonAdapterFactory());
    }
    this.moshi = moshiBuilder.addLast(new StrictAdapterFactory()).build();
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

    Guards guards = new LimiterGuards(limiter, b.defaultPermission);
    for (Mount mount : mounts) {
      mount.dispatcher = newDispatcher(mount.binding, mount.implementation, guards, moshi);
      mount.upgrade = new WebSocketUpgrade(new Callback());
    }
  }

  /** A builder with the defaults: {@code localhost:8000}, the in-memory broker and limiter. */
  public static Builder builder() {
    return new Builder();
  }

  /** The port the server listens on; the bound port when the builder asked for port 0. */
  public int port() {
    return port;
  }

  /** The mounted channels, in mount order: for pages and tools that list channels. */
  public List<ChannelDescriptor> descriptors() {
    List<ChannelDescriptor> list = new ArrayList<>();
    for (Mount mount : mounts) {
      list.add(mount.descriptor);
    }
    return List.copyOf(list);
  }

  /** How many clients were closed with 1008 because they read too slowly. */
  public long slowClientsClosed() {
    return slowClients.get();
  }

  /** The number of open connections on this node. */
  public int openConnections() {
    return connections.size();
  }

  /**
   * Stops gracefully: every client gets close 1001, leave events run, then the listener and the
   * backends stop. Idempotent.
   */
  public void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    stopping = true;
    reconciler.stop();
    for (Connection connection : connections) {
      connection.closeWith(1001, "Server shutting down");
    }
    if (!awaitNoConnections(shutdownTimeout.toMillis())) {
      for (Connection connection : connections) {
        connection.abort();
      }
      awaitNoConnections(1000);
    }
    if (undertow != null) {
      undertow.stop();
    }
    try {
      broker.close();
    } catch (RuntimeException e) {
      log.warn("Closing the broker failed", e);
    }
    try {
      limiter.close();
    } catch (RuntimeException e) {
      log.warn("Closing the rate limiter failed", e);
    }
    if (ownExecutor) {
      ExecutorService service = (ExecutorService) executor;
      service.shutdown();
      try {
        service.awaitTermination(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  // ---- for the package

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

  boolean stopping() {
    return stopping;
  }

  /** The adapter for a value's runtime type, looked up once per class. */
  JsonAdapter<Object> adapterFor(Object value) {
    return adapters.get(value.getClass());
  }

  byte[] encode(Object message) {
    Objects.requireNonNull(message, "message");
    return Envelopes.message(message, adapterFor(message));
  }

  void publish(String room, Object message) {
    HistoryPolicy history = historyRooms.policy(room);
    if (history.enabled()) {
      broker.publish(room, encode(message), history);
    } else {
      broker.publish(room, encode(message));
    }
  }

  void slowClientClosed(Connection connection) {
    slowClients.incrementAndGet();
    log.warn(
        "Closed connection {} ({}) with 1008: its outbound queue passed {} bytes",
        connection.id,
        connection.handshake.remoteAddress(),
        maxQueuedBytes);
  }

  void unregister(Connection connection) {
    connections.remove(connection);
    synchronized (connections) {
      connections.notifyAll();
    }
  }

  private boolean awaitNoConnections(long millis) {
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

  private void start(Builder b) {
    broker.start(rooms);
    reconciler.start();
    HttpHandler fallback = ResponseCodeHandler.HANDLE_404;
    if (!b.staticResources.isEmpty()) {
      io.undertow.server.handlers.PathHandler paths = Handlers.path(fallback);
      for (Map.Entry<String, String> entry : b.staticResources.entrySet()) {
        ClassLoader loader = ChannelServer.class.getClassLoader();
        ResourceHandler resources =
            new ResourceHandler(new ClassPathResourceManager(loader, entry.getValue()), fallback)
                .setWelcomeFiles("index.html");
        paths.addPrefixPath(entry.getKey(), resources);
      }
      fallback = paths;
    }
    Router router =
        new Router(
            this,
            mounts,
            b.healthPath,
            b.allowedOrigins,
            b.authenticator,
            b.tokenQueryParam,
            b.tokenCookie,
            fallback);
    undertow =
        Undertow.builder()
            .addHttpListener(b.port, b.host)
            .setByteBufferPool(new IoThreadBufferPool(UNDERTOW_BUFFER_SIZE))
            .setHandler(router)
            .build();
    undertow.start();
    port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    log.info("channels4j listening on {}:{} with {} channel(s)", b.host, port, mounts.size());
  }

  private final class Callback implements WebSocketConnectionCallback {
    @Override
    public void onConnect(WebSocketHttpExchange exchange, WebSocketChannel channel) {
      Handshake handshake = exchange.getAttachment(Handshake.KEY);
      Connection connection =
          new Connection(UUID.randomUUID().toString(), ChannelServer.this, channel, handshake);
      connections.add(connection);
      channel.getReceiveSetter().set(new FrameReceiver(connection, maxFrameBytes));
      connection.execute(connection::connect);
      connection.leaveOnClose();
      channel.resumeReceives();
      if (stopping) {
        connection.closeWith(1001, "Server shutting down");
      }
    }
  }

  /** The flusher of the connections on {@code ioThread}. */
  OutboxFlusher flusher(XnioIoThread ioThread) {
    return flushers.computeIfAbsent(ioThread, OutboxFlusher::new);
  }

  private static <C> ChannelDispatcher<C> newDispatcher(
      ChannelBinding<C> binding, Object implementation, Guards guards, Moshi moshi) {
    return binding.newDispatcher(binding.channelType().cast(implementation), guards, moshi);
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

  /** Parses a backend URL; {@code memory://} has no authority, which {@link URI} would refuse. */
  private static URI url(String url) {
    if (url.equals("memory://") || url.equals("memory:")) {
      return URI.create("memory:/");
    }
    try {
      return new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("Malformed backend URL " + url + ": " + e.getMessage(), e);
    }
  }

  private static BackendProvider backend(URI url) {
    String scheme = url.getScheme();
    if (scheme == null) {
      throw new IllegalArgumentException(
          "Backend URL " + url + " has no scheme; use memory:// or, e.g., redis://host:6379");
    }
    if (scheme.equals("memory")) {
      return MEMORY;
    }
    for (BackendProvider provider : ServiceLoader.load(BackendProvider.class)) {
      if (provider.supports(scheme)) {
        return provider;
      }
    }
    throw new IllegalArgumentException(
        "No backend for "
            + scheme
            + ":// (URL "
            + url
            + "): use memory://, or add the module that provides it (channels4j-redis for"
            + " redis:// and rediss://) to the classpath");
  }

  private static final BackendProvider MEMORY =
      new BackendProvider() {
        @Override
        public boolean supports(String scheme) {
          return scheme.equals("memory");
        }

        @Override
        public Broker broker(URI url) {
          return new MemoryBroker();
        }

        @Override
        public RateLimiter rateLimiter(URI url) {
          return new MemoryRateLimiter();
        }
      };

  private static ExecutorService defaultExecutor() {
    AtomicInteger counter = new AtomicInteger();
    ThreadFactory threads =
        runnable -> {
          Thread thread = new Thread(runnable, "channels4j-handler-" + counter.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    int size = Math.max(16, Runtime.getRuntime().availableProcessors() * 8);
    return Executors.newFixedThreadPool(size, threads);
  }

  /** Configures and starts a {@link ChannelServer}. */
  public static final class Builder {
    private String host = "localhost";
    private int port = 8000;
    private String brokerUrl = "memory://";
    private String limiterUrl;
    private final List<Mount> mounts = new ArrayList<>();
    private final Map<ClassLoader, List<ChannelBinding<?>>> bindingsByLoader = new HashMap<>();
    private final Map<String, String> staticResources = new LinkedHashMap<>();
    private String healthPath;
    private Authenticator authenticator;
    private String tokenQueryParam = "token";
    private String tokenCookie = "token";
    private PermissionCheck defaultPermission = ctx -> true;
    private final Map<Class<?>, ExceptionHandler<Throwable>> exceptionHandlers =
        new LinkedHashMap<>();
    private Executor executor;
    private boolean handlersOnIoThreads;
    private final Set<String> allowedOrigins = new LinkedHashSet<>();
    private long maxFrameBytes = 1 << 20;
    private int maxJsonDepth = 32;
    private long maxQueuedBytes = 1 << 20;
    private Duration closeTimeout = Duration.ofSeconds(5);
    private Duration slowClientTimeout = Duration.ofSeconds(2);
    private Duration shutdownTimeout = Duration.ofSeconds(10);

    private Builder() {}

    /** The address to listen on; {@code localhost} by default, {@code 0.0.0.0} for all. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port to listen on; 8000 by default, 0 for any free port (see {@link #port()}). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port " + port + " is not in 0..65535");
      }
      this.port = port;
      return this;
    }

    /**
     * The broker backend by URL: {@code memory://} (the default) or one a {@link BackendProvider}
     * on the classpath serves, such as {@code redis://localhost:6379}. An unknown scheme fails
     * {@link #start()}.
     */
    public Builder broker(String url) {
      this.brokerUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /** The rate-limiter backend by URL; by default the broker URL's backend. */
    public Builder limiter(String url) {
      this.limiterUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Mounts a channel implementation, finding its generated binding among those registered on the
     * classpath: the one whose channel interface {@code implementation} implements.
     *
     * @throws IllegalArgumentException if there is none, or several (then use {@link #mount(Object,
     *     Class)})
     */
    public Builder mount(Object implementation) {
      Objects.requireNonNull(implementation, "implementation");
      List<ChannelBinding<?>> matches = new ArrayList<>();
      for (ChannelBinding<?> binding : bindings(implementation.getClass().getClassLoader())) {
        if (binding.channelType().isInstance(implementation)) {
          matches.add(binding);
        }
      }
      if (matches.isEmpty()) {
        throw new IllegalArgumentException(
            "No generated channel binding for "
                + implementation.getClass().getName()
                + ": it must implement an interface annotated with @Channel, compiled with"
                + " channels4j-processor on the annotation processor path");
      }
      if (matches.size() > 1) {
        List<String> names = new ArrayList<>();
        for (ChannelBinding<?> binding : matches) {
          names.add(binding.channelType().getName());
        }
        throw new IllegalArgumentException(
            implementation.getClass().getName()
                + " implements several channels "
                + names
                + ": mount it once per channel with mount(implementation, ChannelType.class)");
      }
      return add(new Mount(matches.get(0), implementation));
    }

    /** Mounts {@code implementation} as the channel {@code channelType}. */
    public <C> Builder mount(C implementation, Class<C> channelType) {
      Objects.requireNonNull(implementation, "implementation");
      for (ChannelBinding<?> binding : bindings(channelType.getClassLoader())) {
        if (binding.channelType() == channelType) {
          return add(new Mount(binding, implementation));
        }
      }
      throw new IllegalArgumentException(
          "No generated channel binding for "
              + channelType.getName()
              + ": annotate it with @Channel and compile with channels4j-processor on the"
              + " annotation processor path");
    }

    private Builder add(Mount mount) {
      for (Mount other : mounts) {
        if (other.descriptor.path().equals(mount.descriptor.path())) {
          throw new IllegalArgumentException("Two channels mounted on " + mount.descriptor.path());
        }
      }
      mounts.add(mount);
      return this;
    }

    /**
     * The bindings registered where the channel's classes come from: its class loader, which in an
     * application server or a plugin host is not the context class loader.
     */
    private List<ChannelBinding<?>> bindings(ClassLoader classLoader) {
      return bindingsByLoader.computeIfAbsent(
          classLoader,
          key -> {
            List<ChannelBinding<?>> found = new ArrayList<>();
            @SuppressWarnings({"rawtypes", "unchecked"})
            ServiceLoader<ChannelBinding> loader = ServiceLoader.load(ChannelBinding.class, key);
            for (ChannelBinding<?> binding : loader) {
              found.add(binding);
            }
            return found;
          });
    }

    /**
     * Serves the classpath folder {@code classpathFolder} under {@code urlPrefix}, such as {@code
     * staticResources("/", "web")}; {@code index.html} is the welcome file.
     */
    public Builder staticResources(String urlPrefix, String classpathFolder) {
      staticResources.put(urlPrefix, classpathFolder);
      return this;
    }

    /**
     * Answers {@code GET path} with {@code {"status":"ok"}} (200), or {@code {"status":"degraded"}}
     * (503) while the broker cannot reach its backend.
     */
    public Builder healthPath(String path) {
      this.healthPath = path;
      return this;
    }

    /**
     * Authenticates every handshake: the token comes from {@code ?token=}, the {@code token} cookie
     * or {@code Authorization: Bearer}; a {@code null} principal is refused with HTTP 401.
     */
    public Builder authenticator(Authenticator authenticator) {
      return authenticator(authenticator, "token", "token");
    }

    /** As {@link #authenticator(Authenticator)}, with the query parameter and cookie names. */
    public Builder authenticator(
        Authenticator authenticator, String tokenQueryParam, String tokenCookie) {
      this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
      this.tokenQueryParam = Objects.requireNonNull(tokenQueryParam, "tokenQueryParam");
      this.tokenCookie = Objects.requireNonNull(tokenCookie, "tokenCookie");
      return this;
    }

    /** Decides channels and actions without {@code @Permission}; allows everyone by default. */
    public Builder defaultPermission(PermissionCheck policy) {
      this.defaultPermission = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Handles exceptions of {@code type} thrown by handlers; the most specific registered type
     * wins. Protocol errors ({@code ChannelException}s) reach only handlers registered for {@code
     * ChannelException} or its subclasses.
     */
    @SuppressWarnings("unchecked")
    public <E extends Throwable> Builder exceptionHandler(
        Class<E> type, ExceptionHandler<? super E> handler) {
      exceptionHandlers.put(
          Objects.requireNonNull(type, "type"),
          (ExceptionHandler<Throwable>) Objects.requireNonNull(handler, "handler"));
      return this;
    }

    /**
     * Where handlers run; a fixed pool by default. On Java 21+ {@code
     * Executors.newVirtualThreadPerTaskExecutor()} works. A given executor is not shut down by
     * {@link ChannelServer#stop()}.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      this.handlersOnIoThreads = false;
      return this;
    }

    /**
     * Runs handlers, permissions and join/leave events on each connection's I/O thread instead of
     * the {@link #executor}: no thread hop per frame, so a reply leaves in the same I/O-loop pass
     * its request arrived in. Only for channels where none of them ever blocks: while one blocks,
     * every connection on that I/O thread waits. With a Redis broker, joins and connection counts
     * wait for Redis there too.
     */
    public Builder handlersOnIoThreads() {
      this.handlersOnIoThreads = true;
      this.executor = null;
      return this;
    }

    /**
     * Accepts upgrades only from these {@code Origin}s (such as {@code https://example.com});
     * others get HTTP 403. Requests without an {@code Origin} (non-browser clients) pass.
     */
    public Builder allowedOrigins(String... origins) {
      allowedOrigins.addAll(List.of(origins));
      return this;
    }

    /** The largest frame accepted, 1 MiB by default; larger ones get Message Too Big and 1009. */
    public Builder maxFrameBytes(long bytes) {
      this.maxFrameBytes = positive(bytes, "maxFrameBytes");
      return this;
    }

    /** The deepest JSON nesting accepted in a frame, 32 by default. */
    public Builder maxJsonDepth(int depth) {
      this.maxJsonDepth = (int) positive(depth, "maxJsonDepth");
      return this;
    }

    /**
     * The most bytes queued for one connection, each way, 1 MiB by default. Outbound, a client
     * whose queue stays over it for {@link #slowClientTimeout} or reaches four times it is closed
     * with 1008; inbound, reading pauses until the connection's handlers catch up.
     */
    public Builder maxQueuedBytes(long bytes) {
      this.maxQueuedBytes = positive(bytes, "maxQueuedBytes");
      return this;
    }

    /** How long a client's outbound queue may stay over {@link #maxQueuedBytes}; 2 s by default. */
    public Builder slowClientTimeout(Duration timeout) {
      this.slowClientTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** How long a closing client has to answer the close frame before the socket is cut. */
    public Builder closeTimeout(Duration timeout) {
      this.closeTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** How long {@link ChannelServer#stop()} waits for clients to close. */
    public Builder shutdownTimeout(Duration timeout) {
      this.shutdownTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Builds the dispatchers, connects the backends and starts listening. */
    public ChannelServer start() {
      if (mounts.isEmpty()) {
        throw new IllegalStateException("No channel mounted: call mount(...) before start()");
      }
      ChannelServer server = new ChannelServer(this);
      try {
        server.start(this);
      } catch (RuntimeException e) {
        server.stop();
        throw e;
      }
      return server;
    }

    private static long positive(long value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
