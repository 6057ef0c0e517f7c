package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonAdapter;
import io.channels4j.runtime.Presence;
import io.channels4j.runtime.internal.ActionCall;
import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonScalars;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/** The context of one frame (or of a join/leave event) of one connection. */
final class FrameCall implements ActionCall {
  private final Connection connection;
  private final String action;
  private final long requestId;

  FrameCall(Connection connection, String action, long requestId) {
    this.connection = connection;
    this.action = action;
    this.requestId = requestId;
  }

  @Override
  public <T> void respond(JsonAdapter<T> adapter, T value) {
    connection.send(
        ByteBuffer.wrap(
            Envelopes.response(connection.responses, action, requestId, adapter, value)));
  }

  @Override
  public <T> void respond(JsonAdapter<T> adapter, JsonCodec<T> codec, T value) {
    byte[] fast = connection.codecs.response(connection.responses, action, requestId, codec, value);
    if (fast != null) {
      connection.queue(connection.format.encoded(fast));
    } else {
      respond(adapter, value);
    }
  }

  @Override
  public <T> void respondLater(
      CompletionStage<T> stage, JsonAdapter<T> adapter, JsonCodec<T> codec, boolean overlap) {
    whenDone(
        stage,
        value -> {
          if (codec != null) {
            respond(adapter, codec, value);
          } else {
            respond(adapter, value);
          }
        },
        overlap);
  }

  @Override
  public void completeLater(CompletionStage<?> stage, boolean overlap) {
    whenDone(stage, value -> {}, overlap);
  }

  @Override
  public void acknowledge() {
    // data null: any codec writes it, and the adapter, never asked for a value, is not needed.
    respond(null, JsonScalars.STRING, null);
  }

  @Override
  public void acknowledgeLater(CompletionStage<?> stage, boolean overlap) {
    whenDone(stage, value -> acknowledge(), overlap);
  }

  /**
   * Runs {@code onValue} with the value {@code stage} completes with, or sends the error frame of
   * its failure; unless {@code overlap}, the connection's next frame waits until then.
   */
  private <T> void whenDone(CompletionStage<T> stage, Consumer<T> onValue, boolean overlap) {
    if (stage == null) {
      throw new NullPointerException(action + " returned no stage");
    }
    SerialQueue.Hold hold = overlap ? null : connection.hold();
    stage.whenComplete(
        (value, failure) -> {
          try {
            if (failure != null) {
              connection.fail(unwrap(failure), this);
            } else {
              onValue.accept(value);
            }
          } catch (Throwable t) {
            connection.fail(t, this);
          } finally {
            if (hold != null) {
              hold.release();
            }
          }
        });
  }

  /** The exception a stage's dependents see wrapped, as the method would have thrown it. */
  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  @Override
  public void reply(Object message) {
    connection.send(ByteBuffer.wrap(connection.server.encode(message)));
  }

  @Override
  public void broadcast(Object message) {
    connection.server.publish(connection.handshake.room(), message);
  }

  @Override
  public void broadcastTo(String room, Object message) {
    connection.server.publish(room, message);
  }

  @Override
  public void sendText(String text) {
    connection.send(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public void broadcastText(String text) {
    connection.server.broker.publish(
        connection.handshake.room(), text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void sendBinary(ByteBuffer data) {
    connection.send(ByteBuffer.wrap(BinaryFrames.marked(data)));
  }

  @Override
  public void broadcastBinary(ByteBuffer data) {
    connection.server.broker.publish(connection.handshake.room(), BinaryFrames.marked(data));
  }

  @Override
  public long connectionCount() {
    return connection.server.broker.count(connection.handshake.room());
  }

  @Override
  public long connectionCount(String room) {
    return connection.server.broker.count(room);
  }

  @Override
  public void setPresence(Object meta) {
    connection.setPresence(meta == null ? null : connection.server.encode(meta));
  }

  @Override
  public List<Presence> presence() {
    return presence(connection.handshake.room());
  }

  @Override
  public List<Presence> presence(String room) {
    return PresenceValues.read(connection.server.broker.presence(room));
  }

  @Override
  public void close(int code, String reason) {
    connection.closeWith(code, reason);
  }

  @Override
  public String room() {
    return connection.handshake.room();
  }

  @Override
  public void join(String room) {
    connection.join(room);
  }

  @Override
  public void leave(String room) {
    connection.leaveRoom(room);
  }

  @Override
  public Map<String, String> pathParams() {
    return connection.handshake.pathParams();
  }

  @Override
  public Principal principal() {
    return connection.handshake.principal();
  }

  @Override
  public ConcurrentMap<String, Object> attributes() {
    return connection.attributes();
  }

  @Override
  public long requestId() {
    return requestId;
  }

  @Override
  public String action() {
    return action;
  }

  @Override
  public String remoteAddress() {
    return connection.handshake.remoteAddress();
  }

  @Override
  public String id() {
    return connection.id;
  }

  @Override
  public String toString() {
    return "ChannelContext[" + connection.id + " " + connection.handshake.path() + "]";
  }
}
