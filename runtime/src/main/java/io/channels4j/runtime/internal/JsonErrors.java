package io.channels4j.runtime.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;

/**
 * The errors generated codecs throw for a member that is absent or {@code null}, worded as Moshi's
 * own generated adapters word them, so a client reads the same text whichever adapter ran.
 *
 * <p>Moshi keeps its helpers for this in {@code com.squareup.moshi.internal}, public only for its
 * own code generator; generated channels4j code calls these instead.
 */
public final class JsonErrors {
  private JsonErrors() {}

  /** {@code Required value 'user' missing at $}, for a member JSON left out. */
  public static JsonDataException missingProperty(
      String property, String jsonName, JsonReader reader) {
    return new JsonDataException(
        "Required value " + describe(property, jsonName) + " missing at " + reader.getPath());
  }

  /** {@code Non-null value 'user' was null at $.user}, for a member JSON gave as {@code null}. */
  public static JsonDataException unexpectedNull(
      String property, String jsonName, JsonReader reader) {
    return new JsonDataException(
        "Non-null value " + describe(property, jsonName) + " was null at " + reader.getPath());
  }

  /** {@code 'user'}, or {@code 'userName' (JSON name 'user_name')} when the two differ. */
  private static String describe(String property, String jsonName) {
    return property.equals(jsonName)
        ? "'" + property + "'"
        : "'" + property + "' (JSON name '" + jsonName + "')";
  }
}
