package io.channels4j.benchmarks.jmh;

import com.squareup.moshi.JsonAdapter;
import io.channels4j.runtime.Presence;
import io.channels4j.runtime.internal.ActionCall;
import io.channels4j.runtime.internal.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentMap;

/**
 * The context of one benchmarked frame: encodes what the handler replies with {@code encoder} and
 * keeps the bytes, as a server would before writing them to the socket.
 */
final class RecordingCall implements ActionCall {
  /** Encodes one outbound message; each benchmarked stack brings its own. */
  interface Encoder {
    byte[] encode(Object message) throws IOException;
  }

  private final String action;
  private final long requestId;
  private final Encoder encoder;
  private byte[] sent;

  RecordingCall(String action, long requestId, Encoder encoder) {
    this.action = action;
    this.requestId = requestId;
    this.encoder = encoder;
  }

  /** The encoded reply, or {@code null} if the handler sent nothing. */
  byte[] sent() {
    return sent;
  }

  @Override
  public void reply(Object message) {
    try {
      sent = encoder.encode(message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void broadcast(Object message) {
    reply(message); // one room of one member: the sender
  }

  @Override
  public <T> void respond(JsonAdapter<T> adapter, T value) {
    throw unsupported();
  }

  @Override
  public <T> void respondLater(
      CompletionStage<T> stage, JsonAdapter<T> adapter, JsonCodec<T> codec, boolean overlap) {
    throw unsupported();
  }

  @Override
  public void completeLater(CompletionStage<?> stage, boolean overlap) {
    throw unsupported();
  }

  @Override
  public void acknowledge() {
    throw unsupported();
  }

  @Override
  public void acknowledgeLater(CompletionStage<?> stage, boolean overlap) {
    throw unsupported();
  }

  @Override
  public void broadcastTo(String room, Object message) {
    throw unsupported();
  }

  @Override
  public void sendText(String text) {
    throw unsupported();
  }

  @Override
  public void broadcastText(String text) {
    throw unsupported();
  }

  @Override
  public void sendBinary(ByteBuffer data) {
    throw unsupported();
  }

  @Override
  public void broadcastBinary(ByteBuffer data) {
    throw unsupported();
  }

  @Override
  public long connectionCount() {
    return 1;
  }

  @Override
  public long connectionCount(String room) {
    return 1;
  }

  @Override
  public void close(int code, String reason) {
    throw unsupported();
  }

  @Override
  public void setPresence(Object meta) {
    throw unsupported();
  }

  @Override
  public List<Presence> presence() {
    throw unsupported();
  }

  @Override
  public List<Presence> presence(String room) {
    throw unsupported();
  }

  @Override
  public String room() {
    return "bench";
  }

  @Override
  public void join(String room) {
    throw unsupported();
  }

  @Override
  public void leave(String room) {
    throw unsupported();
  }

  @Override
  public Map<String, String> pathParams() {
    return Map.of();
  }

  @Override
  public Principal principal() {
    return null;
  }

  @Override
  public ConcurrentMap<String, Object> attributes() {
    throw unsupported();
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
    return "127.0.0.1";
  }

  @Override
  public String id() {
    return "bench";
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("not used by the bench channel");
  }
}
