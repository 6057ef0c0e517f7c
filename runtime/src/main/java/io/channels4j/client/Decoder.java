package io.channels4j.client;

import io.channels4j.runtime.internal.JsonInput;

/**
 * Reads one value from a server frame's bytes: a generated codec's {@code read}, such as {@code
 * NoticeJsonCodec.INSTANCE::read}, which a generated client passes for an action's reply.
 *
 * @param <T> the type read
 */
@FunctionalInterface
public interface Decoder<T> {
  /**
   * Reads the value at the input's position.
   *
   * @throws JsonInput.Miss if the bytes are not a value of the type
   */
  T read(JsonInput in);
}
