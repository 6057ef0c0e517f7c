package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import io.channels4j.runtime.ChannelException;
import io.channels4j.runtime.internal.ResponseEnvelope;
import io.channels4j.runtime.undertow.frame.DefaultResponses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Function;
import okio.Buffer;

/**
 * Encodes a channel's response and error frames (docs/PROTOCOL.md), as its {@link ResponseEnvelope}
 * writes them, and its messages, to UTF-8 bytes through Moshi.
 */
final class Envelopes {
  private Envelopes() {}

  /** The default frames' ok response to {@code action} with {@code value}. */
  static <T> byte[] response(String action, long requestId, JsonAdapter<T> adapter, T value) {
    return response(DefaultResponses.DEFAULT, action, requestId, adapter, value);
  }

  /** The ok response to {@code action} with {@code value}, written by {@code adapter}. */
  static <T> byte[] response(
      ResponseEnvelope envelope, String action, long requestId, JsonAdapter<T> adapter, T value) {
    return write(writer -> envelope.ok(writer, action, requestId, adapter, value));
  }

  /**
   * The error frame of {@code error}.
   *
   * @param action the action the frame named, or {@code null}: for a frame without one, or not read
   *     that far, and for errors of no frame
   * @param adapters the adapter to encode {@code data} and extra values with, by value
   */
  static byte[] error(
      ResponseEnvelope envelope,
      ChannelException error,
      long requestId,
      String action,
      Locale locale,
      Function<Object, JsonAdapter<Object>> adapters) {
    return write(writer -> envelope.error(writer, action, requestId, error, locale, adapters));
  }

  /** Encodes one message as it is, with no envelope. */
  static byte[] message(Object message, JsonAdapter<Object> adapter) {
    return write(writer -> adapter.toJson(writer, message));
  }

  private interface Writing {
    void to(JsonWriter writer) throws IOException;
  }

  private static byte[] write(Writing writing) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writing.to(writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }
}
