package io.channels4j.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import io.channels4j.runtime.ChannelException;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes the response, acknowledgement and error frames of one channel: the default frames, or
 * those of the channel's {@code @Envelope(response)} type, generated as {@code
 * <Interface>ResponseEnvelope}. The server writes a response with the byte-level method when the
 * value's type has a generated codec and with the Moshi one otherwise; both give the same bytes.
 */
public interface ResponseEnvelope {
  /**
   * Writes the ok response to {@code action} with {@code data} (null for an acknowledgement),
   * written by {@code codec}.
   */
  <T> void ok(JsonOutput out, String action, long requestId, JsonCodec<T> codec, T data);

  /** {@link #ok(JsonOutput, String, long, JsonCodec, Object)} through Moshi. */
  <T> void ok(JsonWriter out, String action, long requestId, JsonAdapter<T> adapter, T data)
      throws IOException;

  /**
   * Writes the error frame of {@code error}.
   *
   * @param action the action the frame named, or {@code null}: for a frame without one, or not read
   *     that far, and for errors of no frame
   * @param locale the language of the error's text
   * @param adapters the adapter to write the error's data and extra values with, by value
   */
  void error(
      JsonWriter out,
      String action,
      long requestId,
      ChannelException error,
      Locale locale,
      Function<Object, JsonAdapter<Object>> adapters)
      throws IOException;
}
