package io.channels4j.runtime.internal;

/**
 * A generated codec of one type over {@link JsonInput} and {@link JsonOutput}: the fast path that
 * decodes frames and encodes replies without Moshi's reader and writer.
 *
 * <p>It may refuse what it does not handle exactly as the generated Moshi adapter would, by letting
 * {@link JsonInput.Miss} out of {@link #read}; the caller then reads the frame again with Moshi,
 * which gives the reference answer or error. Whatever it returns, Moshi would have returned too.
 *
 * @param <T> the type read and written
 */
public interface JsonCodec<T> {
  /**
   * Reads one value of the type at the input's position.
   *
   * @throws JsonInput.Miss if the input is anything the fast path does not take on itself
   */
  T read(JsonInput in);

  /** Writes {@code value} exactly as the generated Moshi adapter writes it. */
  void write(JsonOutput out, T value);
}
