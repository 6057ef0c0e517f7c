package io.channels4j.test;

import io.channels4j.client.ChannelClient;
import io.channels4j.client.ClientOptions;
import io.channels4j.runtime.memory.MemoryBroker;
import io.channels4j.runtime.memory.MemoryRateLimiter;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.runtime.undertow.ServerAdmin;
import io.channels4j.test.services.RedisServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * A real {@link ChannelServer} for a test class, on {@code localhost} and a free port, with the
 * in-memory broker and rate limiter on a {@link TestClock} (or on a real Redis, {@link
 * #onRedis()}): register it on a static field, and it starts before the class's first test and
 * stops after its last.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ChannelTestServer server =
 *     ChannelTestServer.of(builder -> builder.mount(new ChatRoom()));
 *
 * @Test
 * void aMessageReachesTheRoom() {
 *   TestClient<ChatClient> alice = server.connect(ChatClient::connect);
 *   TestClient<ChatClient> bob = server.connect(ChatClient::connect);
 *   alice.actions().say(new Say("alice", "hi"));
 *   assertBroadcast(ChatClient::asSaid, new Said("alice", "hi"), alice, bob);
 * }
 * }</pre>
 *
 * <p>The clients a test opens are closed after it, and the next test starts once the server has run
 * their leaves. (On an instance field, the server starts and stops around every test.)
 */
public final class ChannelTestServer
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  /** Makes a generated client: {@code ChatClient::connect}, or one that fills path parameters. */
  @FunctionalInterface
  public interface Connector<C> {
    CompletionStage<C> connect(URI server, ClientOptions options);
  }

  private final Consumer<ChannelServer.Builder> configure;
  private final TestClock clock = new TestClock();
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<AutoCloseable> classClients = new ArrayList<>();
  private final List<AutoCloseable> testClients = new ArrayList<>();
  private Duration timeout = ChannelAssertions.TIMEOUT;
  private boolean onRedis;
  private RedisServerProcess redis;
  private ChannelServer server;
  private int depth; // nested classes call back too: they share their outer class's server
  private boolean perTest;
  private boolean inTest;

  private ChannelTestServer(Consumer<ChannelServer.Builder> configure) {
    this.configure = configure;
  }

  /**
   * A server configured by {@code configure}, which mounts the channels and sets what else the
   * tests need (an authenticator, providers). The kit sets the port, and the memory backends on
   * {@link #clock()}; a broker or limiter {@code configure} sets replaces them.
   */
  public static ChannelTestServer of(Consumer<ChannelServer.Builder> configure) {
    return new ChannelTestServer(Objects.requireNonNull(configure, "configure"));
  }

  /**
   * Runs the server's broker and rate limiter on a real {@code redis-server} that the kit starts
   * with the server and stops with it: {@code redis-server} from {@code PATH}, or Debian's,
   * installed with {@code apt-get} when the tests run as root. The test's class path needs {@code
   * channels4j-redis}. Redis keeps its own time: {@link #clock()} does not move its limits or
   * history.
   */
  public ChannelTestServer onRedis() {
    this.onRedis = true;
    return this;
  }

  /**
   * The {@code redis://} URL of the kit's {@code redis-server}, to start a second node on the same
   * Redis; only {@link #onRedis()}.
   */
  public String redisUrl() {
    server();
    if (redis == null) {
      throw new IllegalStateException("This ChannelTestServer is not onRedis()");
    }
    return redis.url("");
  }

  /** How long a wait of the kit's clients may take before it fails; 10 s by default. */
  public ChannelTestServer timeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("A timeout must be positive, got " + timeout);
    }
    this.timeout = timeout;
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (depth++ == 0) {
      start();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (server == null) {
      perTest = true;
      start();
    }
    inTest = true;
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    inTest = false;
    closeAll(testClients);
    if (perTest) {
      stop();
      return;
    }
    awaitOpenConnectionsAtMost(classClients.size());
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (--depth == 0) {
      closeAll(classClients);
      stop();
    }
  }

  /** The running server, for what the kit has no method of its own for. */
  public ChannelServer server() {
    if (server == null) {
      throw new IllegalStateException(
          "The ChannelTestServer is not running: register it with @RegisterExtension");
    }
    return server;
  }

  /** The port the server listens on. */
  public int port() {
    return server().port();
  }

  /** {@code ws://localhost:port}, what a generated client's {@code connect} takes. */
  public URI uri() {
    return URI.create("ws://localhost:" + port());
  }

  /** The time of the server's rate limiter and history, which the test moves. */
  public TestClock clock() {
    return clock;
  }

  /** How long the kit's waits may take. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * A generated client, connected and in its room: {@code connect(ChatClient::connect)}. It returns
   * after a {@linkplain TestClient#fence() fence}, which the server answers once the connection's
   * connect checks and join ran; a client those refused is returned too, its error frame and close
   * in its inbox.
   */
  public <C> TestClient<C> connect(Connector<C> connector) {
    return connect(connector, options -> {});
  }

  /**
   * {@link #connect(Connector)} with options of the test's own, such as {@code options ->
   * options.token("alice")}. The kit sets the listener (it keeps what the server sends) and the
   * timeout.
   */
  public <C> TestClient<C> connect(
      Connector<C> connector, Consumer<ClientOptions.Builder> options) {
    TestClient<C> client = new TestClient<>("client " + (clientCount() + 1), this);
    ClientOptions.Builder builder = ClientOptions.builder();
    options.accept(builder);
    builder.listener(client.listener()).timeout(timeout).httpClient(http);
    C actions =
        ChannelAssertions.await("connecting", connector.connect(uri(), builder.build()), timeout);
    client.opened(actions, connectionOf(actions));
    track(client);
    try {
      client.fence();
    } catch (AssertionFailedError refused) {
      if (client.connection().isOpen()) {
        throw refused;
      }
    }
    return client;
  }

  /**
   * A {@link RawClient} of {@code pathAndQuery}, such as {@code "/chat/lobby?token=alice"}, with
   * the handshake headers given; returns once the socket is open (before its connect checks).
   */
  public RawClient connectRaw(String pathAndQuery, Map<String, String> headers) {
    RawClient client =
        new RawClient(pathAndQuery + " (raw client " + (clientCount() + 1) + ")", timeout);
    WebSocket.Builder builder = http.newWebSocketBuilder();
    headers.forEach(builder::header);
    WebSocket socket =
        ChannelAssertions.await(
            "connecting to " + pathAndQuery,
            builder.buildAsync(uri().resolve(pathAndQuery), client.listener()),
            timeout);
    client.opened(socket);
    track(client);
    return client;
  }

  /** {@link #connectRaw(String, Map)} without headers. */
  public RawClient connectRaw(String pathAndQuery) {
    return connectRaw(pathAndQuery, Map.of());
  }

  /**
   * That the upgrade to {@code pathAndQuery} is refused with the HTTP {@code status}, such as 401
   * for a handshake without a token.
   */
  public void assertUpgradeRefused(String pathAndQuery, int status) {
    Throwable failure;
    try {
      WebSocket socket =
          http.newWebSocketBuilder()
              .buildAsync(uri().resolve(pathAndQuery), new WebSocket.Listener() {})
              .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      socket.abort();
      throw new AssertionFailedError(
          "expected the upgrade to "
              + pathAndQuery
              + " to be refused with "
              + status
              + ", but it opened");
    } catch (ExecutionException e) {
      failure = e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionFailedError("the upgrade to " + pathAndQuery + " got no answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionFailedError("interrupted", e);
    }
    String expected = "expected the upgrade to " + pathAndQuery + " to be refused with " + status;
    if (!(failure instanceof WebSocketHandshakeException refused)) {
      throw new AssertionFailedError(expected + ", got " + failure, failure);
    }
    int got = refused.getResponse().statusCode();
    if (got != status) {
      throw new AssertionFailedError(expected + ", got " + got, status, got);
    }
  }

  /** The members of {@code room}, such as {@code "chat:lobby"}, on every node. */
  public long roomCount(String room) {
    return admin().room(room).connections();
  }

  /**
   * That {@code room} has {@code expected} members, waiting for it as a leave runs after its close;
   * fails with the last count.
   */
  public void assertRoomCount(String room, long expected) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long count = roomCount(room);
    while (count != expected) {
      if (System.nanoTime() > deadline) {
        throw new AssertionFailedError(
            "expected " + expected + " members in " + room + ", it has " + count, expected, count);
      }
      pause();
      count = roomCount(room);
    }
  }

  /** The server's management operations: rooms, presence, broadcasts, disconnects. */
  public ServerAdmin admin() {
    return server().admin();
  }

  // ---- the server's life

  private void start() {
    ChannelServer.Builder builder = ChannelServer.builder().host("localhost").port(0);
    if (onRedis) {
      try {
        redis = RedisServerProcess.start();
      } catch (IOException e) {
        throw new UncheckedIOException("The kit could not start a redis-server", e);
      }
      builder.broker(redis.url("")).limiter(redis.url(""));
    } else {
      builder.broker(new MemoryBroker(clock::millis)).limiter(new MemoryRateLimiter(clock::millis));
    }
    configure.accept(builder);
    try {
      server = builder.port(0).start();
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  private void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
    if (redis != null) {
      redis.close();
      redis = null;
    }
  }

  private synchronized void track(AutoCloseable client) {
    (inTest ? testClients : classClients).add(client);
  }

  private synchronized int clientCount() {
    return testClients.size() + classClients.size();
  }

  private void closeAll(List<AutoCloseable> clients) throws Exception {
    List<AutoCloseable> toClose;
    synchronized (this) {
      toClose = new ArrayList<>(clients);
      clients.clear();
    }
    for (AutoCloseable client : toClose) {
      client.close();
    }
  }

  /** Waits until the server ran the leaves of the clients closed: the next test starts clean. */
  private void awaitOpenConnectionsAtMost(int open) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (server.openConnections() > open) {
      if (System.nanoTime() > deadline) {
        throw new AssertionFailedError(
            server.openConnections() + " connections still open after the test's were closed");
      }
      pause();
    }
  }

  /** Between polls of state that no event announces. */
  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionFailedError("interrupted", e);
    }
  }

  /**
   * The connection under a generated client, which has no common type: its {@code connection()}.
   */
  private static ChannelClient connectionOf(Object actions) {
    try {
      return (ChannelClient) actions.getClass().getMethod("connection").invoke(actions);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalArgumentException(
          actions.getClass().getName() + " is not a generated client: it has no connection()", e);
    }
  }
}
