package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Returns the generated codecs of the types {@link Signals} reads and writes, so any
 * {@code Moshi} can use them.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class SignalsJsonAdapterFactory implements JsonAdapter.Factory {
  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == Signals.Level.class) {
      return new Signals_LevelJsonAdapter(moshi).nullSafe();
    }
    return null;
  }

  @Override
  public String toString() {
    return "SignalsJsonAdapterFactory";
  }
}
