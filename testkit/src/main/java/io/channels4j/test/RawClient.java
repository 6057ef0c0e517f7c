package io.channels4j.test;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.opentest4j.AssertionFailedError;

/**
 * A WebSocket client of a {@link ChannelTestServer} that sends any text or binary frame as it is
 * given, for the frames no generated client sends (malformed JSON, a bad {@code request_id}, a
 * relay channel's text), and reads what comes back as text, JSON or bytes, in order.
 */
public final class RawClient implements AutoCloseable {
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  private final Inbox inbox;
  private final Duration timeout;
  private final AtomicLong fences = new AtomicLong();
  private WebSocket socket;

  RawClient(String name, Duration timeout) {
    this.inbox = new Inbox(name, timeout);
    this.timeout = timeout;
  }

  /** Keeps every frame the server sends, whole, in the inbox. */
  WebSocket.Listener listener() {
    return new WebSocket.Listener() {
      private final StringBuilder text = new StringBuilder();
      private ByteBuffer binary = ByteBuffer.allocate(0);

      @Override
      public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
          inbox.add(text.toString());
          text.setLength(0);
        }
        webSocket.request(1);
        return null;
      }

      @Override
      public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        ByteBuffer joined = ByteBuffer.allocate(binary.remaining() + data.remaining());
        binary = joined.put(binary).put(data).flip();
        if (last) {
          byte[] frame = new byte[binary.remaining()];
          binary.get(frame);
          inbox.add(frame);
          binary = ByteBuffer.allocate(0);
        }
        webSocket.request(1);
        return null;
      }

      @Override
      public CompletionStage<?> onClose(WebSocket webSocket, int code, String reason) {
        inbox.add(new Closed(code, reason));
        return null;
      }

      @Override
      public void onError(WebSocket webSocket, Throwable error) {
        inbox.add(new Closed(1006, String.valueOf(error.getMessage())));
      }
    };
  }

  void opened(WebSocket socket) {
    this.socket = Objects.requireNonNull(socket, "socket");
  }

  /** Sends {@code text} as one text frame, as it is. */
  public synchronized RawClient send(String text) {
    ChannelAssertions.await(inbox + ": sending " + text, socket.sendText(text, true), timeout);
    return this;
  }

  /** Sends {@code bytes} as one binary frame. */
  public synchronized RawClient sendBinary(byte[] bytes) {
    ChannelAssertions.await(
        inbox + ": sending a binary frame",
        socket.sendBinary(ByteBuffer.wrap(bytes.clone()), true),
        timeout);
    return this;
  }

  /** The next text frame; fails if a binary frame or the close comes first. */
  public String nextText() {
    return inbox.next(String.class, "text frame");
  }

  /** The next text frame, a JSON object, with its numbers as doubles (as JSON has them). */
  @SuppressWarnings("unchecked")
  public Map<String, Object> nextJson() {
    String text = nextText();
    try {
      if (JSON.fromJson(text) instanceof Map<?, ?> object) {
        return (Map<String, Object>) object;
      }
    } catch (IOException | RuntimeException notJson) {
      throw new AssertionFailedError(inbox + ": the next frame is not JSON: " + text, notJson);
    }
    throw new AssertionFailedError(inbox + ": the next frame is not a JSON object: " + text);
  }

  /**
   * The next text frame, which must be the error frame of {@code requestId} saying {@code errors};
   * returns it.
   */
  public Map<String, Object> nextError(long requestId, String errors) {
    Map<String, Object> frame = nextJson();
    boolean matches =
        "response".equals(frame.get("type"))
            && "bad".equals(frame.get("status"))
            && Double.valueOf(requestId).equals(frame.get("request_id"))
            && errors.equals(frame.get("errors"));
    if (!matches) {
      throw new AssertionFailedError(
          inbox
              + ": expected the error \""
              + errors
              + "\" of request "
              + requestId
              + ", got "
              + frame);
    }
    return frame;
  }

  /** The next binary frame; fails if a text frame or the close comes first. */
  public byte[] nextBinary() {
    return inbox.next(byte[].class, "binary frame");
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
   * A round trip, as {@link TestClient#fence()}: sends a frame of an action no channel has and
   * waits for its {@code Action Not Exist}, which it takes out of the frames read; those the server
   * sent before it are all there then. Not for relay or text channels, which know no actions.
   */
  public RawClient fence() {
    long id = 1_000_000_000L + fences.incrementAndGet();
    send("{\"action\":\"" + TestClient.FENCE + "\",\"request_id\":" + id + "}");
    inbox.take(event -> isFenceAnswer(event, id), "the fence's answer");
    return this;
  }

  private static boolean isFenceAnswer(Object event, long id) {
    if (!(event instanceof String text) || !text.contains(TestClient.FENCE)) {
      return false;
    }
    try {
      return JSON.fromJson(text) instanceof Map<?, ?> answer
          && TestClient.FENCE.equals(answer.get("action"))
          && Double.valueOf(id).equals(answer.get("request_id"));
    } catch (IOException | RuntimeException notJson) {
      return false;
    }
  }

  /** A {@link #fence()}, then fails if the server sent anything this test did not read. */
  public void assertNothingMore() {
    fence();
    inbox.assertEmpty();
  }

  /** Sends the close 1000, unless the connection ended already; drops it if that fails. */
  @Override
  public synchronized void close() {
    if (socket == null || socket.isOutputClosed()) {
      return;
    }
    try {
      socket
          .sendClose(WebSocket.NORMAL_CLOSURE, "")
          .toCompletableFuture()
          .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException | TimeoutException e) {
      socket.abort();
    } catch (InterruptedException e) {
      socket.abort();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return inbox.toString();
  }
}
