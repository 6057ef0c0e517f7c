package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * The last factory of the server's Moshi: refuses application types that no generated adapter
 * covers, rather than letting Moshi fall back to its reflective class and record adapters.
 *
 * <p>Platform types ({@code java.*}, such as {@code String}, boxed numbers, {@code List}, {@code
 * Map}) pass through to Moshi's built-in adapters.
 */
final class StrictAdapterFactory implements JsonAdapter.Factory {
  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (raw.isPrimitive() || raw.isArray()) {
      return null;
    }
    String name = raw.getName();
    if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("kotlin.")) {
      return null;
    }
    throw new IllegalArgumentException(
        "No generated JSON adapter for "
            + type.getTypeName()
            + ": list it in @Channel(messages = ...) of a mounted channel (or use it as a payload"
            + " or return type) so the channels4j processor writes one");
  }

  @Override
  public String toString() {
    return "StrictAdapterFactory";
  }
}
