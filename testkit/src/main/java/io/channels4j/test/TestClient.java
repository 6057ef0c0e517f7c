package io.channels4j.test;

import io.channels4j.client.ChannelClient;
import io.channels4j.client.ChannelError;
import io.channels4j.client.ClientListener;
import io.channels4j.client.ClientMessage;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;

/**
 * A generated {@code <Name>Client} of a {@link ChannelTestServer}, with what the server pushed to
 * it kept in arrival order: call its actions with {@link #actions()}, take the messages, error
 * frames and the close it was sent with the {@code next} methods, and prove that nothing else came
 * with {@link #assertNothingMore()}.
 *
 * <pre>{@code
 * TestClient<ChatClient> alice = server.connect(ChatClient::connect);
 * alice.actions().say(new Say("alice", "hi"));
 * assertEquals(new Said("alice", "hi"), alice.nextMessage(ChatClient::asSaid));
 * alice.assertNothingMore();
 * }</pre>
 *
 * @param <C> the generated client type
 */
public final class TestClient<C> implements AutoCloseable {
  /** The action of a fence: one no channel has, so the server answers {@code Action Not Exist}. */
  static final String FENCE = "channels4j.fence";

  private final Inbox inbox;
  private final Duration timeout;
  private C actions;
  private ChannelClient connection;

  TestClient(String name, ChannelTestServer server) {
    this.timeout = server.timeout();
    this.inbox = new Inbox(name, timeout);
  }

  /** Records every pushed frame, unanswered error and close in the inbox. */
  ClientListener listener() {
    return new ClientListener() {
      @Override
      public void onMessage(ClientMessage message) {
        inbox.add(message);
      }

      @Override
      public void onError(ChannelError error) {
        inbox.add(error);
      }

      @Override
      public void onRecovered(boolean recovered, int replayed) {
        inbox.add(new Recovery(recovered, replayed));
      }

      @Override
      public void onClose(int code, String reason, boolean reconnecting) {
        inbox.add(new Closed(code, reason));
      }
    };
  }

  /** Adopts the client its connector made. */
  void opened(C actions, ChannelClient connection) {
    this.actions = Objects.requireNonNull(actions, "the connector's client");
    this.connection = connection;
  }

  /** The generated client: one method per action of the channel. */
  public C actions() {
    return actions;
  }

  /** The connection under the generated client. */
  public ChannelClient connection() {
    return connection;
  }

  /** The next frame the server pushed; fails if an error frame or the close comes first. */
  public ClientMessage nextMessage() {
    return inbox.next(ClientMessage.class, "message");
  }

  /**
   * The next frame the server pushed, read as a {@code T} by {@code type}, such as {@code
   * ChatClient::asSaid}; fails if it is not one, or if an error frame or the close comes first.
   */
  public <T> T nextMessage(Function<ClientMessage, T> type) {
    ClientMessage message = nextMessage();
    try {
      return type.apply(message);
    } catch (IllegalArgumentException notOfTheType) {
      throw new AssertionFailedError(
          inbox + ": the next message is not of the type asked for: " + message.text(),
          notOfTheType);
    }
  }

  /**
   * The next error frame that answered no request: a connect check that refused the client, an
   * action without reply that failed, a limit its frame hit. Fails if a message or the close comes
   * first. (A request's own error fails its stage: {@link ChannelAssertions#assertError}.)
   */
  public ChannelError nextError() {
    return inbox.next(ChannelError.class, "error frame");
  }

  /** {@link #nextError()}, which must say {@code errors}. */
  public ChannelError nextError(String errors) {
    ChannelError error = nextError();
    if (!errors.equals(error.errors())) {
      throw new AssertionFailedError(
          inbox + ": expected the error \"" + errors + "\", got " + error.frame(),
          errors,
          error.errors());
    }
    return error;
  }

  /** The server's answer to this client's {@code ?since=} reconnect. */
  public Recovery nextRecovery() {
    return inbox.next(Recovery.class, "recovery");
  }

  /** The end of the connection, which must come next. */
  public Closed awaitClose() {
    return inbox.next(Closed.class, "close");
  }

  /** {@link #awaitClose()}, which must have {@code code}. */
  public Closed assertClosed(int code) {
    return inbox.assertClosed(code);
  }

  /**
   * A round trip to the server: sends a frame of an action no channel has and waits for its {@code
   * Action Not Exist}. The server handles a connection's frames in order and sends its answers
   * after what it queued for the connection before, so once this returns, everything the server
   * sent this client before the fence is in the inbox. It also proves that the client has joined
   * its room. The fence is a frame like any other: a whole-channel {@code @Limit} counts it.
   */
  public TestClient<C> fence() {
    CompletionStage<Void> answered =
        connection
            .request(FENCE, in -> null)
            .handle(
                (ok, failure) -> {
                  Throwable cause =
                      failure instanceof CompletionException ? failure.getCause() : failure;
                  if (cause instanceof ChannelError error
                      && error.action().orElse("").equals(FENCE)) {
                    return null;
                  }
                  throw new CompletionException(
                      cause != null
                          ? cause
                          : new IllegalStateException("the fence was answered ok"));
                });
    ChannelAssertions.await(inbox + ": the fence", answered, timeout);
    return this;
  }

  /** A {@link #fence()}, then fails if the server sent anything this test did not take. */
  public void assertNothingMore() {
    fence();
    inbox.assertEmpty();
  }

  /** Closes the connection with 1000; the server runs its leave. */
  @Override
  public void close() {
    if (connection != null) {
      connection.close();
    }
  }

  @Override
  public String toString() {
    return inbox.toString();
  }
}
