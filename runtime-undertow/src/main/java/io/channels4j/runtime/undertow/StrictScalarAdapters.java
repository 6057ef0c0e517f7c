package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;

/**
 * The server's adapters for strings, booleans and numbers: a payload field of the wrong JSON type
 * is a Parse Error. Moshi's own would turn the number {@code 1e-2} into the string {@code "1e-2"}
 * and the string {@code "5"} into the int 5; these refuse both in Moshi's wording, then leave the
 * reading to Moshi's adapter. Only the server's Moshi has them: a generated adapter factory plugged
 * into an application's own Moshi keeps Moshi's behaviour.
 */
final class StrictScalarAdapters implements JsonAdapter.Factory {
  private record Expected(JsonReader.Token token, String name) {}

  private static final Expected STRING = new Expected(JsonReader.Token.STRING, "a string");
  private static final Expected BOOLEAN = new Expected(JsonReader.Token.BOOLEAN, "a boolean");
  private static final Expected INT = new Expected(JsonReader.Token.NUMBER, "an int");
  private static final Expected LONG = new Expected(JsonReader.Token.NUMBER, "a long");
  private static final Expected DOUBLE = new Expected(JsonReader.Token.NUMBER, "a double");

  /** What Moshi's adapter for each type reads, as its error message names it. */
  private static final Map<Type, Expected> EXPECTED =
      Map.ofEntries(
          Map.entry(String.class, STRING),
          Map.entry(char.class, STRING),
          Map.entry(Character.class, STRING),
          Map.entry(boolean.class, BOOLEAN),
          Map.entry(Boolean.class, BOOLEAN),
          Map.entry(byte.class, INT),
          Map.entry(Byte.class, INT),
          Map.entry(short.class, INT),
          Map.entry(Short.class, INT),
          Map.entry(int.class, INT),
          Map.entry(Integer.class, INT),
          Map.entry(long.class, LONG),
          Map.entry(Long.class, LONG),
          Map.entry(float.class, DOUBLE),
          Map.entry(Float.class, DOUBLE),
          Map.entry(double.class, DOUBLE),
          Map.entry(Double.class, DOUBLE));

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Expected expected = EXPECTED.get(type);
    if (expected == null || !annotations.isEmpty()) {
      return null;
    }
    return new TypeChecked<>(expected, moshi.nextAdapter(this, type, annotations));
  }

  /** Checks the token, then reads with Moshi's adapter; null is Moshi's to accept or refuse. */
  private static final class TypeChecked<T> extends JsonAdapter<T> {
    private final Expected expected;
    private final JsonAdapter<T> moshis;

    TypeChecked(Expected expected, JsonAdapter<T> moshis) {
      this.expected = expected;
      this.moshis = moshis;
    }

    @Override
    public T fromJson(JsonReader reader) throws IOException {
      JsonReader.Token token = reader.peek();
      if (token != expected.token() && token != JsonReader.Token.NULL) {
        throw new JsonDataException(
            "Expected " + expected.name() + " but was " + token + " at path " + reader.getPath());
      }
      return moshis.fromJson(reader);
    }

    @Override
    public void toJson(JsonWriter writer, T value) throws IOException {
      moshis.toJson(writer, value);
    }

    @Override
    public String toString() {
      return "Strict(" + moshis + ")";
    }
  }
}
