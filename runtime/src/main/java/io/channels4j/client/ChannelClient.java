package io.channels4j.client;

import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonTextInput;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection to one channel of a channels4j server over the JDK's {@link WebSocket}: sends action
 * frames, correlates their answers by {@code request_id}, hands pushed frames to the {@link
 * ClientListener}, reconnects with backoff when told to, and on a channel with {@code @History}
 * recovers what it missed with {@code ?since=}. Generated {@code <Channel>Client}s wrap one;
 * payloads and replies go through the generated codecs, the server's own.
 *
 * <p>Thread-safe: any thread may send; answers and listener calls come on the socket's receiving
 * thread, in frame order.
 */
public final class ChannelClient implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ChannelClient.class);

  /** The closes after which a client told to reconnect does: the server went, or may come back. */
  private static final Set<Integer> RECONNECTING = Set.of(1001, 1006, 1011, 1012, 1013, 1014);

  /** What the JDK reports a connection that ended without a close frame as, as RFC 6455 does. */
  private static final int ABNORMAL_CLOSURE = 1006;

  private static final JsonNames RECOVERY = JsonNames.of("recovered", "replayed");
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private final URI server;
  private final String path;
  private final boolean history;
  private final ClientOptions options;
  private final HttpClient http;
  private final PendingReplies pending = new PendingReplies();
  private final CompletableFuture<Void> closedByClient = new CompletableFuture<>();

  private final Object lock = new Object();
  private Receiver current; // guarded by lock; null while no socket is open
  private CompletableFuture<?> sending = CompletableFuture.completedFuture(null); // guarded
  private boolean closing; // guarded by lock: close() was called
  private int lastCode = ABNORMAL_CLOSURE; // guarded by lock
  private String lastReason = "never connected"; // guarded by lock

  private volatile String lastId;
  private final AtomicInteger attempts = new AtomicInteger(); // reconnect attempts in a row

  private ChannelClient(URI server, String path, boolean history, ClientOptions options) {
    this.server = Objects.requireNonNull(server, "server");
    this.path = Objects.requireNonNull(path, "path");
    this.history = history;
    this.options = Objects.requireNonNull(options, "options");
    this.http = options.httpClient();
    this.lastId = options.since().orElse(null);
  }

  /**
   * Opens a client of the channel at {@code path} of {@code server} ({@code ws://host:port}); the
   * stage completes once the socket is open. The server then runs its connect checks: a refusal
   * arrives as {@link ClientListener#onError} and a close.
   *
   * @param history whether the channel has {@code @History}: the client then tracks the ids of the
   *     messages it receives and recovers from the last one when it reconnects
   */
  public static CompletableFuture<ChannelClient> connect(
      URI server, String path, boolean history, ClientOptions options) {
    ChannelClient client = new ChannelClient(server, path, history, options);
    return client.open(false).thenApply(opened -> client);
  }

  /**
   * {@code template} with each {@code {param}} replaced, in order, by the next of {@code values},
   * percent-encoded: {@code path("/auction/{lot}", "42")} is {@code "/auction/42"}.
   */
  public static String path(String template, String... values) {
    StringBuilder path = new StringBuilder();
    int from = 0;
    int used = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
      if (used == values.length) {
        throw new IllegalArgumentException("Too few values for the path " + template);
      }
      String value = URLEncoder.encode(values[used++], StandardCharsets.UTF_8).replace("+", "%20");
      path.append(template, from, open).append(value);
      from = template.indexOf('}', open) + 1;
    }
    if (used != values.length) {
      throw new IllegalArgumentException("Too many values for the path " + template);
    }
    return path.append(template, from, template.length()).toString();
  }

  /** Sends {@code action} without payload; the stage completes with its reply. */
  public <R> CompletableFuture<R> request(String action, Decoder<R> reply) {
    return request(action, null, null, reply);
  }

  /** Sends {@code action} with {@code payload}; the stage completes with its reply. */
  public <P, R> CompletableFuture<R> request(
      String action, Encoder<P> encoder, P payload, Decoder<R> reply) {
    return awaited(action, encoder, payload, Objects.requireNonNull(reply, "reply"));
  }

  /** Sends an {@code ack = true} action without payload; the stage completes on its ack. */
  public CompletableFuture<Void> acknowledged(String action) {
    return acknowledged(action, null, null);
  }

  /** Sends an {@code ack = true} action with {@code payload}; completes on its ack. */
  public <P> CompletableFuture<Void> acknowledged(String action, Encoder<P> encoder, P payload) {
    return awaited(action, encoder, payload, null);
  }

  /**
   * Sends an action that answers nothing; the stage completes once the frame is written. An error
   * the server answers it with goes to {@link ClientListener#onError}.
   */
  public CompletableFuture<Void> send(String action) {
    return send(action, null, null);
  }

  /** Sends an action with {@code payload} that answers nothing; completes once written. */
  public <P> CompletableFuture<Void> send(String action, Encoder<P> encoder, P payload) {
    return write(ClientFrames.frame(action, pending.nextId(), encoder, payload));
  }

  /** Asks a {@code @History} channel for a page of its room's history. */
  public CompletableFuture<MessagePage> history(HistoryQuery query) {
    return request("history", HistoryQuery::write, query, MessagePage::read);
  }

  /** The id of the last history message received, or given as {@code since}; empty before. */
  public Optional<String> lastId() {
    return Optional.ofNullable(lastId);
  }

  /** Whether a socket is open now. */
  public boolean isOpen() {
    synchronized (lock) {
      return current != null;
    }
  }

  /**
   * Closes the socket with 1000 and stops reconnecting; pending requests fail with {@link
   * ChannelClosedException}. Waits for the server's close frame at most the reply timeout, then
   * drops the connection. A listener method, which runs on the thread that would read that frame,
   * calls {@link #closeAsync()} instead.
   */
  @Override
  public void close() {
    try {
      closeAsync().get(options.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      abort();
    } catch (InterruptedException e) {
      abort();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Closes the socket with 1000 and stops reconnecting, without waiting: the stage completes when
   * the server's close frame came (at once if no socket is open).
   */
  public CompletableFuture<Void> closeAsync() {
    Receiver receiver;
    synchronized (lock) {
      closing = true;
      receiver = current;
    }
    pending.failAll(new ChannelClosedException(1000, "closed by the client", null));
    if (receiver == null) {
      return CompletableFuture.completedFuture(null);
    }
    enqueue(receiver.socket, socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, ""));
    return closedByClient.copy();
  }

  /** Drops the socket; the JDK then reports nothing more of it, so the client ends it itself. */
  private void abort() {
    Receiver receiver;
    synchronized (lock) {
      receiver = current;
    }
    if (receiver != null) {
      receiver.socket.abort();
      receiver.closed(ABNORMAL_CLOSURE, "the server did not answer the close");
    }
  }

  private <P, R> CompletableFuture<R> awaited(
      String action, Encoder<P> encoder, P payload, Decoder<R> reply) {
    long id = pending.nextId();
    String frame = ClientFrames.frame(action, id, encoder, payload);
    CompletableFuture<R> answer = pending.await(id, reply, options.timeout());
    write(frame)
        .whenComplete(
            (sent, failure) -> {
              if (failure != null) {
                answer.completeExceptionally(failure);
              }
            });
    return answer;
  }

  /** Writes {@code frame} after the frames written before it: the JDK allows one send at once. */
  private CompletableFuture<Void> write(String frame) {
    synchronized (lock) {
      if (current == null) {
        return CompletableFuture.failedFuture(
            new ChannelClosedException(lastCode, lastReason, null));
      }
      return enqueue(current.socket, socket -> socket.sendText(frame, true));
    }
  }

  private CompletableFuture<Void> enqueue(
      WebSocket socket, Function<WebSocket, CompletionStage<WebSocket>> send) {
    synchronized (lock) {
      CompletableFuture<Void> sent =
          sending.handle((done, failure) -> socket).thenCompose(send).thenApply(done -> null);
      sending = sent;
      return sent;
    }
  }

  private CompletableFuture<WebSocket> open(boolean reconnected) {
    WebSocket.Builder builder = http.newWebSocketBuilder();
    options.headers().forEach(builder::header);
    Receiver receiver = new Receiver(reconnected);
    // The stage may complete before the listener's onOpen runs: either adopts the socket first.
    return builder
        .buildAsync(uri(), receiver)
        .thenApply(
            socket -> {
              receiver.adopt(socket);
              return socket;
            });
  }

  /** The socket's URI: the server's, the path, the token and the id to recover from. */
  private URI uri() {
    String base = server.toString();
    StringBuilder uri =
        new StringBuilder(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    uri.append(path);
    List<String> query = new ArrayList<>();
    options.token().ifPresent(token -> query.add("token=" + encoded(token)));
    String since = lastId;
    if (history && since != null) {
      query.add("since=" + encoded(since));
    }
    if (!query.isEmpty()) {
      uri.append('?').append(String.join("&", query));
    }
    return URI.create(uri.toString());
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private void scheduleReconnect() {
    int attempt = attempts.incrementAndGet();
    options
        .scheduler()
        .schedule(
            options.reconnect().orElseThrow().delay(attempt),
            () -> {
              synchronized (lock) {
                if (closing) {
                  return;
                }
              }
              open(true)
                  .whenComplete(
                      (socket, failure) -> {
                        if (failure != null) {
                          reconnectFailed(failure);
                        }
                      });
            });
  }

  private void reconnectFailed(Throwable failure) {
    String reason = "Reconnect failed: " + failure.getMessage();
    boolean again;
    synchronized (lock) {
      again = !closing && options.reconnect().orElseThrow().allows(attempts.get() + 1);
      lastReason = reason;
    }
    if (again) {
      scheduleReconnect();
    } else {
      tell(() -> options.listener().onClose(ABNORMAL_CLOSURE, reason, false));
    }
  }

  /** Runs a listener call; what it throws is logged, and the client goes on. */
  private static void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      log.warn("A ClientListener threw; the client goes on", e);
    }
  }

  /** The listener of one socket: each connection and reconnection has its own. */
  private final class Receiver implements WebSocket.Listener {
    private final boolean reconnected;
    private final StringBuilder text = new StringBuilder();
    private volatile WebSocket socket;
    private boolean adopted; // guarded by lock
    private boolean done; // guarded by lock: closed, or aborted
    private ChannelError lastError; // the last error frame no request awaited

    Receiver(boolean reconnected) {
      this.reconnected = reconnected;
    }

    @Override
    public void onOpen(WebSocket socket) {
      if (adopt(socket)) {
        tell(() -> options.listener().onOpen(reconnected));
      }
      socket.request(1);
    }

    /** Makes {@code socket} the client's; false if the client closed meanwhile. */
    boolean adopt(WebSocket socket) {
      synchronized (lock) {
        if (adopted) {
          return !done;
        }
        adopted = true;
        this.socket = socket;
        if (closing) {
          done = true;
          socket.abort();
          return false;
        }
        current = this;
        sending = CompletableFuture.completedFuture(null);
      }
      attempts.set(0);
      return true;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        byte[] frame = text.toString().getBytes(StandardCharsets.UTF_8);
        text.setLength(0);
        received(frame);
      }
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
      socket.request(1); // a JSON channel sends none; a handler's raw sendBinary is not for us
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
      closed(code, reason);
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      closed(ABNORMAL_CLOSURE, String.valueOf(error.getMessage()));
    }

    private void received(byte[] json) {
      ServerFrame frame = ServerFrame.read(json);
      if (!frame.isResponse()) {
        ClientMessage message = new ClientMessage(json, frame.id());
        tell(() -> options.listener().onMessage(message));
        if (history && frame.id() != null) {
          lastId = frame.id();
        }
      } else if (history && frame.requestId() == 1 && "recover".equals(frame.action())) {
        recovered(frame);
      } else if (!pending.answer(frame) && frame.isError()) {
        ChannelError error = new ChannelError(frame);
        lastError = error;
        tell(() -> options.listener().onError(error));
      }
      // else: an answer no request awaits any more, as its request timed out.
    }

    private void recovered(ServerFrame frame) {
      boolean recovered = false;
      int replayed = 0;
      try {
        JsonInput in =
            new JsonTextInput(Integer.MAX_VALUE).reset(frame.data() == null ? NULL : frame.data());
        in.beginObject();
        while (in.hasNext()) {
          switch (in.selectName(RECOVERY)) {
            case 0 -> recovered = in.nextBoolean();
            case 1 -> replayed = in.nextInt();
            default -> in.skipValue();
          }
        }
      } catch (JsonInput.Miss malformed) {
        recovered = false; // what a client must assume of an answer it cannot read
      }
      boolean all = recovered;
      int count = replayed;
      tell(() -> options.listener().onRecovered(all, count));
    }

    private void closed(int code, String reason) {
      boolean again;
      boolean byClient;
      synchronized (lock) {
        if (done) {
          return; // a second report of the same end
        }
        done = true;
        if (current == this) {
          current = null;
        }
        lastCode = code;
        lastReason = reason;
        byClient = closing;
        again =
            !closing
                && RECONNECTING.contains(code)
                && options
                    .reconnect()
                    .map(backoff -> backoff.allows(attempts.get() + 1))
                    .orElse(false);
      }
      pending.failAll(new ChannelClosedException(code, reason, lastError));
      tell(() -> options.listener().onClose(code, reason, again));
      if (byClient) {
        closedByClient.complete(null);
      } else if (again) {
        scheduleReconnect();
      }
    }
  }
}
