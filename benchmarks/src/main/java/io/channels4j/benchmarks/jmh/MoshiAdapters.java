package io.channels4j.benchmarks.jmh;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.Envelopes;

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

  /** Encodes an outbound message, with no envelope. */
  byte[] encode(Object message) {
    return Envelopes.message(message, forType(message.getClass()));
  }
}
