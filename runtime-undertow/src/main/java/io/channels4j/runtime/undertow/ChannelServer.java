package io.channels4j.runtime.undertow;

import io.channels4j.runtime.Authenticator;
import io.channels4j.runtime.BackendProvider;
import io.channels4j.runtime.Broker;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.ExceptionHandler;
import io.channels4j.runtime.PermissionCheck;
import io.channels4j.runtime.RateLimiter;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.Providers;
import io.channels4j.runtime.undertow.frame.LimiterGuards;
import io.micrometer.core.instrument.MeterRegistry;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.ResponseCodeHandler;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p>Each connection's frames are handled in arrival order on the server's handler threads (see
 * {@link HandlerThreads}). Broadcasts are encoded once and the same bytes go to every member; the
 * frames a connection is sent while its I/O thread works through a burst of input go out in one
 * write. Every connection's outbound queue is bounded in bytes; a client too slow to read is closed
 * with 1008 and counted in {@link #slowClientsClosed()}.
 */
public final class ChannelServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ChannelServer.class);

  /** Where the processor writes a compilation's contract: its AsyncAPI and TypeScript files. */
  private static final String CONTRACT_FOLDER = "META-INF/channels4j";

  final ServerContext context;
  private final List<Mount> mounts;
  final Reconciler reconciler;
  private final Heartbeat heartbeat;
  private final ServerAdmin admin;
  private final Scheduler scheduler;
  private final boolean ownExecutor;
  private final Duration shutdownTimeout;
  private final ShutdownDrain drain;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private Undertow undertow;

  /** The buffers of its own listener; null when it serves as a handler. For tests. */
  IoThreadBufferPool bufferPool;

  private HttpHandler handler;
  private int port = -1;

  private ChannelServer(ServerConfig config, ServerContext context) {
    this.context = context;
    this.reconciler = new Reconciler(context.connections, context.broker);
    this.heartbeat = new Heartbeat(context.connections, config.pingInterval, config.idleTimeout);
    this.ownExecutor = config.handlers.ownPool();
    this.shutdownTimeout = config.shutdownTimeout;
    this.drain = new ShutdownDrain(context.connections, config.shutdownBatchSize);
    Guards guards = new LimiterGuards(context.limiter, config.defaultPermission);
    ConnectionOpener opener = new ConnectionOpener(context);
    Providers providers = new Providers(config.providers);
    List<Mount> made = new ArrayList<>();
    for (MountRequest request : config.mounts) {
      made.add(
          new Mount(
              request.descriptor(),
              request.binding().responseEnvelope(),
              request.newDispatcher(guards, context.moshi, providers),
              new WebSocketUpgrade(opener)));
    }
    this.mounts = List.copyOf(made);
    this.admin = new ServerAdmin(context, descriptors());
    this.scheduler = new Scheduler(context, admin, System::currentTimeMillis);
  }

  /**
   * Makes a server's backends, handler pool and dispatchers from {@code config}; if one of them
   * fails, closes what was made, last first, and rethrows.
   */
  private static ChannelServer create(ServerConfig config) {
    Deque<AutoCloseable> made = new ArrayDeque<>();
    try {
      Backends backends = new Backends(config.bindings.loaders());
      Broker broker = config.newBroker(backends);
      made.push(broker);
      RateLimiter limiter = config.newLimiter(backends);
      made.push(limiter);
      Executor executor = config.handlers.given();
      if (config.handlers.ownPool()) {
        ExecutorService pool = HandlerThreads.newPool();
        made.push(pool::shutdownNow);
        executor = pool;
      }
      return new ChannelServer(config, new ServerContext(config, broker, limiter, executor));
    } catch (RuntimeException | Error e) {
      for (AutoCloseable resource : made) {
        try {
          resource.close();
        } catch (Exception closing) {
          e.addSuppressed(closing);
        }
      }
      throw e;
    }
  }

  /** A builder with the defaults: {@code localhost:8000}, the in-memory broker and limiter. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The port the server listens on; the bound port when the builder asked for port 0; -1 for a
   * server started with {@link Builder#startHandler}, which has no listener of its own.
   */
  public int port() {
    return port;
  }

  /**
   * The server as an Undertow handler: upgrades to its channels, its health path and static
   * resources, and everything else to the handler it was started with ({@link
   * Builder#startHandler}; 404 for a server that listens itself). Mount it in your own Undertow
   * server, next to your other routes.
   */
  public HttpHandler handler() {
    return handler;
  }

  /** The mounted channels, in mount order: for pages and tools that list channels. */
  public List<ChannelDescriptor> descriptors() {
    return mounts.stream().map(mount -> mount.descriptor).toList();
  }

  /** How many clients were closed with 1008 because they read too slowly. */
  public long slowClientsClosed() {
    return context.slowClientsClosed();
  }

  /** The server's management operations, as the admin API serves them over HTTP. */
  public ServerAdmin admin() {
    return admin;
  }

  /** How many clients were closed with 1001 because they stayed silent for the idle timeout. */
  public long idleConnectionsClosed() {
    return heartbeat.idleClosed();
  }

  /** The number of open connections on this node. */
  public int openConnections() {
    return context.connections.size();
  }

  /**
   * Stops gracefully: every client gets close 1001, a {@linkplain Builder#shutdownBatchSize batch}
   * at a time, and its leave events run; then the listener and the backends stop. Clients still
   * open after the {@linkplain Builder#shutdownTimeout shutdown timeout} are cut. Idempotent.
   */
  public void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    context.stopping = true;
    reconciler.stop();
    heartbeat.stop();
    scheduler.stop();
    if (context.presenceEvents != null) {
      context.presenceEvents.stop();
    }
    long deadline = System.nanoTime() + shutdownTimeout.toNanos();
    if (!drain.closeAll(deadline)
        || !context.awaitNoConnections(
            TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))) {
      for (Connection connection : context.connections) {
        connection.abort();
      }
      context.awaitNoConnections(1000);
    }
    if (undertow != null) {
      undertow.stop();
    }
    try {
      context.broker.close();
    } catch (RuntimeException e) {
      log.warn("Closing the broker failed", e);
    }
    try {
      context.limiter.close();
    } catch (RuntimeException e) {
      log.warn("Closing the rate limiter failed", e);
    }
    if (ownExecutor) {
      ExecutorService service = (ExecutorService) context.executor;
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
    return context.inboundQueuedBytes();
  }

  /** Bytes queued for sending to all of this node's clients; for tests and metrics. */
  long queuedBytes() {
    return context.queuedBytes();
  }

  /** Starts the backends and timers; then its own listener, unless {@code next} is given. */
  private void start(ServerConfig config, HttpHandler next) {
    context.broker.start(context.rooms);
    reconciler.start();
    heartbeat.start();
    scheduler.start();
    if (context.presenceEvents != null) {
      context.presenceEvents.start();
    }
    if (next != null) {
      handler = Listener.handler(config, context, mounts, admin, next);
      log.info("channels4j serving {} channel(s) as a handler", mounts.size());
      return;
    }
    handler = Listener.handler(config, context, mounts, admin, ResponseCodeHandler.HANDLE_404);
    bufferPool = Listener.bufferPool();
    undertow = Listener.start(config, handler, bufferPool);
    port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    log.info("channels4j listening on {}:{} with {} channel(s)", config.host, port, mounts.size());
  }

  // The builder is half of this file: it stays nested because it is public API as
  // ChannelServer.Builder; it only records settings, which ServerConfig holds and checks.

  /**
   * Configures and starts {@link ChannelServer}s. A builder may start several servers; each gets
   * its own dispatchers, backends and handler pool, and none sees changes made after its start.
   */
  public static final class Builder {
    private final ServerConfig config = new ServerConfig();

    private Builder() {}

    /** The address to listen on; {@code localhost} by default, {@code 0.0.0.0} for all. */
    public Builder host(String host) {
      config.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port to listen on; 8000 by default, 0 for any free port (see {@link #port()}). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port " + port + " is not in 0..65535");
      }
      config.port = port;
      return this;
    }

    /**
     * The broker backend by URL: {@code memory://} (the default) or one a {@link BackendProvider}
     * serves, such as {@code redis://localhost:6379}. Providers are looked up with {@code
     * ServiceLoader} in the class loaders the mounted channels' bindings came from. An unknown
     * scheme fails {@link #start()}.
     */
    public Builder broker(String url) {
      config.broker.url(url);
      return this;
    }

    /**
     * The broker itself, for one server: the server starts it and closes it when it stops, or when
     * its start fails. The next {@link #start()} of this builder fails unless given another broker.
     */
    public Builder broker(Broker broker) {
      config.broker.instance(broker);
      return this;
    }

    /**
     * The rate-limiter backend by URL, looked up as {@link #broker(String)}'s; by default the
     * broker URL's backend ({@code memory://} beside a {@link #broker(Broker) broker instance}).
     */
    public Builder limiter(String url) {
      config.limiter.url(url);
      return this;
    }

    /**
     * The rate limiter itself, for one server: the server closes it when it stops, or when its
     * start fails. The next {@link #start()} of this builder fails unless given another limiter.
     */
    public Builder limiter(RateLimiter limiter) {
      config.limiter.instance(limiter);
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
      config.add(config.bindings.find(implementation));
      return this;
    }

    /** Mounts {@code implementation} as the channel {@code channelType}. */
    public <C> Builder mount(C implementation, Class<C> channelType) {
      config.add(config.bindings.find(implementation, channelType));
      return this;
    }

    /**
     * Serves the classpath folder {@code classpathFolder} under {@code urlPrefix}, such as {@code
     * staticResources("/", "web")}; {@code index.html} is the welcome file.
     */
    public Builder staticResources(String urlPrefix, String classpathFolder) {
      config.staticResources.put(urlPrefix, classpathFolder);
      return this;
    }

    /**
     * Serves the channels' contract, as the annotation processor wrote it, under {@code urlPrefix}:
     * the AsyncAPI document at {@code <urlPrefix>/asyncapi.json}, and the TypeScript client at
     * {@code <urlPrefix>/typescript/}: {@code channels.ts}, its ES module build {@code
     * channels.js}, which a page imports with no bundler, and the runtime {@code channels4j.js}
     * with its types {@code channels4j.d.ts}. Off by default. Where several jars hold a contract
     * (one per compilation), the first on the class path is served.
     */
    public Builder contract(String urlPrefix) {
      return staticResources(urlPrefix, CONTRACT_FOLDER);
    }

    /**
     * Answers {@code GET path} with {@code {"status":"ok"}} (200), or {@code {"status":"degraded"}}
     * (503) while the broker cannot reach its backend.
     */
    public Builder healthPath(String path) {
      config.healthPath = path;
      return this;
    }

    /**
     * Authenticates every handshake: the token comes from the {@link #tokenQueryParameter} ({@code
     * ?token=}), the {@link #tokenCookie} ({@code token}) or {@code Authorization: Bearer}; a
     * {@code null} principal is refused with HTTP 401.
     */
    public Builder authenticator(Authenticator authenticator) {
      config.authenticator = Objects.requireNonNull(authenticator, "authenticator");
      return this;
    }

    /**
     * The query parameter the {@link #authenticator} reads the token from; {@code token} by
     * default.
     */
    public Builder tokenQueryParameter(String name) {
      config.tokenQueryParameter = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The cookie the {@link #authenticator} reads the token from; {@code token} by default. */
    public Builder tokenCookie(String name) {
      config.tokenCookie = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Provides {@code value} to every handler parameter {@code @Provided T} of exactly this type
     * (see README, "Handler parameters"); a later call for the same type replaces it. {@link
     * #start()} fails, naming the channel, the method and the type, when a mounted channel takes a
     * type that was not provided.
     *
     * <p>{@code value} is an {@code Object}, checked to be a {@code T} here, so that a lambda such
     * as {@code provide(Clock.class, () -> clock)} is unambiguously the {@link #provide(Class,
     * Supplier) Supplier} form.
     *
     * @throws IllegalArgumentException if {@code value} is not a {@code T}
     */
    public <T> Builder provide(Class<T> type, Object value) {
      Objects.requireNonNull(value, "value");
      if (!type.isInstance(value)) {
        throw new IllegalArgumentException(
            "provide("
                + type.getName()
                + ".class, value) was given a "
                + value.getClass().getName());
      }
      T provided = type.cast(value);
      return provide(type, () -> provided);
    }

    /**
     * Provides the values of {@code supplier}, asked on every call of a method that takes one, as
     * {@link #provide(Class, Object)} does a single value; a supplier must not return {@code null}.
     */
    public <T> Builder provide(Class<T> type, Supplier<? extends T> supplier) {
      config.providers.put(
          Objects.requireNonNull(type, "type"), Objects.requireNonNull(supplier, "supplier"));
      return this;
    }

    /** Decides channels and actions without {@code @Permission}; allows everyone by default. */
    public Builder defaultPermission(PermissionCheck policy) {
      config.defaultPermission = Objects.requireNonNull(policy, "policy");
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
      config.exceptionHandlers.put(
          Objects.requireNonNull(type, "type"),
          (ExceptionHandler<Throwable>) Objects.requireNonNull(handler, "handler"));
      return this;
    }

    /**
     * Where handlers, permissions and join/leave events run: {@link HandlerThreads#pool()} (the
     * default), {@link HandlerThreads#executor(Executor)} or {@link HandlerThreads#ioThreads()}.
     */
    public Builder handlers(HandlerThreads threads) {
      config.handlers = Objects.requireNonNull(threads, "threads");
      return this;
    }

    /**
     * Accepts upgrades only from these {@code Origin}s (such as {@code https://example.com});
     * others get HTTP 403. Requests without an {@code Origin} (non-browser clients) pass.
     */
    public Builder allowedOrigins(String... origins) {
      config.allowedOrigins.addAll(List.of(origins));
      return this;
    }

    /** The largest frame accepted, 1 MiB by default; larger ones get Message Too Big and 1009. */
    public Builder maxFrameBytes(long bytes) {
      config.maxFrameBytes = ServerConfig.positive(bytes, "maxFrameBytes");
      return this;
    }

    /**
     * The largest binary frame accepted, {@link #maxFrameBytes} by default; larger ones get Message
     * Too Big and 1009, as text frames over theirs do.
     */
    public Builder maxBinaryFrameBytes(long bytes) {
      config.maxBinaryFrameBytes = ServerConfig.positive(bytes, "maxBinaryFrameBytes");
      return this;
    }

    /** The deepest JSON nesting accepted in a frame, 32 by default. */
    public Builder maxJsonDepth(int depth) {
      config.maxJsonDepth = (int) ServerConfig.positive(depth, "maxJsonDepth");
      return this;
    }

    /**
     * The most bytes queued for one connection, each way, 1 MiB by default. Outbound, a client
     * whose queue stays over it for {@link #slowClientTimeout} or reaches four times it is closed
     * with 1008; inbound, reading pauses until the connection's handlers catch up.
     */
    public Builder maxQueuedBytes(long bytes) {
      config.maxQueuedBytes = ServerConfig.positive(bytes, "maxQueuedBytes");
      return this;
    }

    /** How long a client's outbound queue may stay over {@link #maxQueuedBytes}; 2 s by default. */
    public Builder slowClientTimeout(Duration timeout) {
      config.slowClientTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** How long a closing client has to answer the close frame before the socket is cut. */
    public Builder closeTimeout(Duration timeout) {
      config.closeTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * How often the server pings every client (30 s by default); {@code null} for never. Browsers
     * and most clients answer pings on their own.
     */
    public Builder pingInterval(Duration interval) {
      config.pingInterval = interval;
      return this;
    }

    /**
     * How long a client may stay silent, sending no frame and answering no ping, before it is
     * closed with 1001 (90 s by default, three pings); {@code null} for no limit. A client whose
     * network vanished is then closed, its rooms left, in this time rather than when the kernel
     * gives up on the socket.
     */
    public Builder idleTimeout(Duration timeout) {
      config.idleTimeout = timeout;
      return this;
    }

    /**
     * Serves the admin API (docs/ADMIN.md) under {@code pathPrefix}, such as {@code "/admin"}, to
     * the requests whose bearer token {@code guard} allows ({@link AdminGuard#token(String)} for
     * one secret); off by default.
     */
    public Builder admin(String pathPrefix, AdminGuard guard) {
      if (!pathPrefix.startsWith("/") || pathPrefix.endsWith("/")) {
        throw new IllegalArgumentException(
            "The admin path starts with / and does not end with one: " + pathPrefix);
      }
      config.adminPath = pathPrefix;
      config.adminGuard = Objects.requireNonNull(guard, "guard");
      return this;
    }

    /**
     * Counts and times the server's events in {@code registry} (Micrometer, which the server does
     * not need otherwise): connections opened, open and closed by close code, frames in and out per
     * channel and action, error frames by text, limit rejections, slow clients closed, queued
     * bytes, handler time per action, broker publish time and health. README, "Metrics", names
     * them.
     */
    public Builder metrics(MeterRegistry registry) {
      Objects.requireNonNull(registry, "registry");
      config.metrics = context -> new MicrometerMetrics(registry, context);
      return this;
    }

    /**
     * Answers {@code GET path} with what {@code scrape} returns, in Prometheus' text format: with
     * {@code micrometer-registry-prometheus}, {@code metricsEndpoint("/metrics",
     * prometheusRegistry::scrape)}.
     */
    public Builder metricsEndpoint(String path, Supplier<String> scrape) {
      config.metricsPath = Objects.requireNonNull(path, "path");
      config.scrape = Objects.requireNonNull(scrape, "scrape");
      return this;
    }

    /**
     * Sends each room's members, every {@code interval}, one {@code presence} frame of who joined
     * and who left the room meanwhile (from each node, for its members), listing at most {@code
     * listUpTo} of them and only counting them beyond that (docs/PROTOCOL.md, "Presence events");
     * off by default.
     */
    public Builder presenceEvents(Duration interval, int listUpTo) {
      ServerConfig.positive(interval.toMillis(), "interval");
      config.presenceInterval = interval;
      config.presenceListUpTo = (int) ServerConfig.positive(listUpTo, "listUpTo");
      return this;
    }

    /** Serves {@code https://} and {@code wss://} only, with {@code context}'s keys. */
    public Builder tls(SSLContext context) {
      config.tls = Objects.requireNonNull(context, "context");
      return this;
    }

    /**
     * Serves {@code https://} and {@code wss://} only, with the key and certificate chain of a
     * PKCS#12 keystore (as {@code keytool -genkeypair -storetype PKCS12} writes it).
     *
     * @throws IllegalArgumentException if the keystore cannot be read with {@code password}
     */
    public Builder tls(Path pkcs12, char[] password) {
      return tls(TlsContexts.fromPkcs12(pkcs12, password));
    }

    /** How long {@link ChannelServer#stop()} waits for clients to close (10 s by default). */
    public Builder shutdownTimeout(Duration timeout) {
      config.shutdownTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * How many clients {@link ChannelServer#stop()} closes at a time, oldest first (1,000 by
     * default): a batch gets close 1001 once the closing handshakes and leave events of the batch
     * before have finished, so a node of many clients spreads its leaves and their reconnects.
     */
    public Builder shutdownBatchSize(int connections) {
      if (connections < 1) {
        throw new IllegalArgumentException("shutdownBatchSize must be at least 1: " + connections);
      }
      config.shutdownBatchSize = connections;
      return this;
    }

    /**
     * Makes the backends and dispatchers, starts the broker and starts listening; whatever fails on
     * the way, what was made is closed before the exception is thrown.
     */
    public ChannelServer start() {
      return start(null);
    }

    /**
     * Makes and starts everything {@link #start()} does but the listener: the server is then {@link
     * ChannelServer#handler()}, for your own Undertow server, and hands the requests that are not
     * its own to {@code next} (your REST routes, say). {@code host}, {@code port} and {@code tls}
     * are your listener's business then, not its.
     */
    public ChannelServer startHandler(HttpHandler next) {
      return start(Objects.requireNonNull(next, "next"));
    }

    private ChannelServer start(HttpHandler next) {
      config.checkStartable();
      ChannelServer server = create(config);
      try {
        server.start(config, next);
      } catch (RuntimeException e) {
        server.stop();
        throw e;
      }
      return server;
    }
  }
}
