package io.channels4j.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A real WebSocket client (the JDK's) that queues the text frames it gets. */
public final class TestSocket implements WebSocket.Listener, AutoCloseable {
  public static final Duration WAIT = Duration.ofSeconds(10);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  /** The close frame the server sent. */
  public record Close(int code, String reason) {}

  private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
  private final CompletableFuture<Close> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  private TestSocket() {}

  /** Connects to {@code ws://localhost:port/path}. */
  public static TestSocket open(int port, String path) {
    TestSocket client = new TestSocket();
    try {
      client.socket =
          HTTP.newWebSocketBuilder()
              .connectTimeout(WAIT)
              .buildAsync(URI.create("ws://localhost:" + port + path), client)
              .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError("could not connect to " + path, e);
    }
    return client;
  }

  /** Sends one text frame and waits until it is written. */
  public void send(String text) {
    try {
      socket.sendText(text, true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError("could not send " + text, e);
    }
  }

  /** The next text frame; fails if none comes in time. */
  public String next() {
    String frame = poll(WAIT);
    assertWithMessage("a frame within %s (closed: %s)", WAIT, closed.getNow(null))
        .that(frame)
        .isNotNull();
    return frame;
  }

  /** The next text frame, parsed as a JSON object. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> nextJson() {
    String frame = next();
    try {
      return (Map<String, Object>) JSON.fromJson(frame);
    } catch (IOException | ClassCastException e) {
      throw new AssertionError("not a JSON object: " + frame, e);
    }
  }

  /**
   * Waits until the server has run this connection's connect on an action channel: joining the room
   * happens off the handshake, on the connection's own queue, so the answer to a frame proves it.
   */
  public TestSocket ready() {
    send("{\"action\":\"are_you_there\",\"request_id\":99}");
    Map<String, Object> answer = nextJson();
    assertWithMessage("answer to an unknown action")
        .that(answer.get("errors"))
        .isEqualTo("Action Not Exist");
    return this;
  }

  /** The next text frame if one arrives within {@code wait}, else null. */
  public String poll(Duration wait) {
    try {
      return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Fails if a frame arrives within {@code quiet}. */
  public void assertNoFrame(Duration quiet) {
    assertWithMessage("no frame expected").that(poll(quiet)).isNull();
  }

  /** Waits for the server's close frame. */
  public Close awaitClose() {
    try {
      return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError("the server did not close the socket", e);
    }
  }

  /** Whether the server has closed the socket. */
  public boolean isClosed() {
    return closed.isDone();
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      frames.add(partial.toString());
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(new Close(statusCode, reason));
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.completeExceptionally(error);
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
  }
}
