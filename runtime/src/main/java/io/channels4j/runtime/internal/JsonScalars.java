package io.channels4j.runtime.internal;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The {@link JsonCodec}s of {@code String} and the primitives' boxes, which a generated dispatcher
 * hands to {@link ActionCall#respond(com.squareup.moshi.JsonAdapter, JsonCodec, Object)} for an
 * action that returns one: they read and write as {@link JsonInput} and {@link JsonOutput} do.
 */
public final class JsonScalars {
  private JsonScalars() {}

  public static final JsonCodec<String> STRING = of(JsonInput::nextString, JsonOutput::value);
  public static final JsonCodec<Boolean> BOOLEAN = of(JsonInput::nextBoolean, JsonOutput::value);
  public static final JsonCodec<Byte> BYTE = of(JsonInput::nextByte, JsonOutput::value);
  public static final JsonCodec<Short> SHORT = of(JsonInput::nextShort, JsonOutput::value);
  public static final JsonCodec<Integer> INT = of(JsonInput::nextInt, JsonOutput::value);
  public static final JsonCodec<Long> LONG = of(JsonInput::nextLong, JsonOutput::value);
  public static final JsonCodec<Float> FLOAT = of(JsonInput::nextFloat, JsonOutput::value);
  public static final JsonCodec<Double> DOUBLE = of(JsonInput::nextDouble, JsonOutput::value);
  public static final JsonCodec<Character> CHAR = of(JsonInput::nextChar, JsonOutput::value);

  private static <T> JsonCodec<T> of(Function<JsonInput, T> read, BiConsumer<JsonOutput, T> write) {
    return new JsonCodec<T>() {
      @Override
      public T read(JsonInput in) {
        return read.apply(in);
      }

      @Override
      public void write(JsonOutput out, T value) {
        write.accept(out, value);
      }
    };
  }
}
