package io.channels4j.client;

import io.channels4j.runtime.internal.JsonOutput;

/**
 * Writes an action's payload as the JSON object the server decodes it from: a generated codec's
 * {@code write}, such as {@code ChatMessageJsonCodec.INSTANCE::write}.
 *
 * @param <T> the payload's type
 */
@FunctionalInterface
public interface Encoder<T> {
  /** Writes {@code value}, which must encode to a JSON object. */
  void write(JsonOutput out, T value);
}
