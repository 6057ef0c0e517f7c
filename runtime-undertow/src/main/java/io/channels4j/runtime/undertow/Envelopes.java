package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import io.channels4j.runtime.ChannelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import okio.Buffer;

/** Encodes the protocol's response and error envelopes (docs/PROTOCOL.md) to UTF-8 bytes. */
final class Envelopes {
  private Envelopes() {}

  /** {@code {"type":"response","action":A,"request_id":N,"status":"ok","data":value}}. */
  static <T> byte[] response(String action, long requestId, JsonAdapter<T> adapter, T value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      writer.name("type").value("response");
      writer.name("action").value(action);
      writer.name("request_id").value(requestId);
      writer.name("status").value("ok");
      writer.name("data");
      if (value == null) {
        nullValue(writer);
      } else {
        adapter.toJson(writer, value);
      }
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  /**
   * {@code {"type":"response","action":A,"status":"bad","request_id":N,"data":null,"errors":"..."}}
   * plus the exception's reason and extra fields.
   *
   * @param action the action the frame named, or {@code null} (then no {@code action} member): for
   *     a frame without one, or not read that far, and for errors of no frame
   * @param adapters the adapter to encode {@code data} and extra values with, by value
   */
  static byte[] error(
      ChannelException error,
      long requestId,
      String action,
      Locale locale,
      Function<Object, JsonAdapter<Object>> adapters) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      writer.name("type").value("response");
      if (action != null) {
        writer.name("action").value(action);
      }
      writer.name("status").value("bad");
      writer.name("request_id").value(requestId);
      writer.name("data");
      writeValue(writer, error.data(), adapters);
      writer.name("errors").value(error.errors(locale));
      if (error.reason() != null) {
        writer.name("reason").value(error.reason());
      }
      for (Map.Entry<String, Object> field : error.extra().entrySet()) {
        writer.name(field.getKey());
        writeValue(writer, field.getValue(), adapters);
      }
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  /** Encodes one message as it is, with no envelope. */
  static byte[] message(Object message, JsonAdapter<Object> adapter) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      adapter.toJson(writer, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  private static void writeValue(
      JsonWriter writer, Object value, Function<Object, JsonAdapter<Object>> adapters)
      throws IOException {
    if (value == null) {
      nullValue(writer);
    } else {
      adapters.apply(value).toJson(writer, value);
    }
  }

  /** Writes an explicit {@code null}, which a writer drops unless it serializes nulls. */
  static void nullValue(JsonWriter writer) throws IOException {
    boolean serializeNulls = writer.getSerializeNulls();
    writer.setSerializeNulls(true);
    writer.nullValue();
    writer.setSerializeNulls(serializeNulls);
  }
}
