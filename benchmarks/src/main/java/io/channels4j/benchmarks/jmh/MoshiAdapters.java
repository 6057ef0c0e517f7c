package io.channels4j.benchmarks.jmh;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import okio.Buffer;

/** A Moshi's adapters looked up once per class, as {@code ChannelServer} does. */
final class MoshiAdapters {
  private final ClassValue<JsonAdapter<Object>> adapters;

  MoshiAdapters(Moshi moshi) {
    adapters =
        new ClassValue<>() {
          @Override
          @SuppressWarnings("unchecked")
          protected JsonAdapter<Object> computeValue(Class<?> type) {
            return (JsonAdapter<Object>) moshi.adapter(type);
          }
        };
  }

  JsonAdapter<Object> forType(Class<?> type) {
    return adapters.get(type);
  }

  /** Encodes an outbound message, with no envelope, as the server's broadcast does. */
  byte[] encode(Object message) {
    Buffer buffer = new Buffer();
    try {
      forType(message.getClass()).toJson(buffer, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }
}
