package io.channels4j.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a client connects: its token, headers, reply timeout, listener, reconnect policy and the
 * history id to recover from. Immutable; made with {@link #builder()}.
 */
public final class ClientOptions {
  private final String token;
  private final Map<String, String> headers;
  private final Duration timeout;
  private final ClientListener listener;
  private final Backoff reconnect;
  private final ReconnectScheduler scheduler;
  private final String since;
  private final HttpClient httpClient;

  private ClientOptions(Builder builder) {
    this.token = builder.token;
    this.headers = Map.copyOf(builder.headers);
    this.timeout = builder.timeout;
    this.listener = builder.listener;
    this.reconnect = builder.reconnect;
    this.scheduler = builder.scheduler;
    this.since = builder.since;
    this.httpClient = builder.httpClient;
  }

  /** A builder of the defaults: no token, 30 s timeout, no listener, no reconnect. */
  public static Builder builder() {
    return new Builder();
  }

  /** The defaults. */
  public static ClientOptions defaults() {
    return builder().build();
  }

  Optional<String> token() {
    return Optional.ofNullable(token);
  }

  Map<String, String> headers() {
    return headers;
  }

  Duration timeout() {
    return timeout;
  }

  ClientListener listener() {
    return listener;
  }

  Optional<Backoff> reconnect() {
    return Optional.ofNullable(reconnect);
  }

  ReconnectScheduler scheduler() {
    return scheduler;
  }

  Optional<String> since() {
    return Optional.ofNullable(since);
  }

  HttpClient httpClient() {
    return httpClient != null ? httpClient : HttpClient.newHttpClient();
  }

  /** Builds {@link ClientOptions}. */
  public static final class Builder {
    private String token;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration timeout = Duration.ofSeconds(30);
    private ClientListener listener = new ClientListener() {};
    private Backoff reconnect;
    private ReconnectScheduler scheduler = ReconnectScheduler.delayed();
    private String since;
    private HttpClient httpClient;

    private Builder() {}

    /** The token for the server's authenticator, sent as the query parameter {@code token}. */
    public Builder token(String token) {
      this.token = Objects.requireNonNull(token, "token");
      return this;
    }

    /** A header of the handshake, such as {@code Authorization} or {@code Accept-Language}. */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** How long a request waits for its answer before its stage fails with a timeout. */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("A timeout must be positive, got " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** Who is told of pushed messages, unanswered errors, recoveries, opens and closes. */
    public Builder listener(ClientListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Reconnect after the server went away: a close of 1001 (it stopped), 1006 (the connection
     * dropped), 1011, 1012, 1013 or 1014, or a failed attempt, waiting {@code backoff} between
     * attempts. Other closes (a refused connect check, a handler's close, the client's own) are
     * final.
     */
    public Builder reconnect(Backoff backoff) {
      this.reconnect = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /** Where reconnect attempts wait their delay; by default the JDK's delayed executor. */
    public Builder reconnectScheduler(ReconnectScheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * The id of the last history message this client handled before, say, the application
     * restarted: the first connection recovers from it ({@code ?since=}), on channels with
     * {@code @History}. Later reconnects recover from the last id the client received.
     */
    public Builder since(String historyId) {
      this.since = Objects.requireNonNull(historyId, "historyId");
      return this;
    }

    /** The JDK client that opens the sockets; by default a new one per {@code connect}. */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** The options. */
    public ClientOptions build() {
      return new ClientOptions(this);
    }
  }
}
