package io.channels4j.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Container adapters that generated codecs compose from their element adapters, without reflection:
 * Moshi's own {@code ArrayJsonAdapter} creates arrays reflectively, and Moshi has no adapter for
 * {@link Optional}.
 *
 * <p>Every adapter returned here reads and writes JSON {@code null} as {@code null}; the generated
 * codec decides whether a {@code null} is allowed where it is read.
 */
public final class JsonAdapters {
  private JsonAdapters() {}

  /**
   * An adapter made by {@code factory} on first use: generated codecs of types that contain each
   * other use it to break the cycle without asking a {@code Moshi} (which might fall back to
   * reflection when the generated factory is not installed).
   */
  public static <T> JsonAdapter<T> lazy(Supplier<JsonAdapter<T>> factory) {
    return new JsonAdapter<T>() {
      private volatile JsonAdapter<T> delegate;

      private JsonAdapter<T> delegate() {
        JsonAdapter<T> result = delegate;
        if (result == null) {
          result = factory.get(); // a race makes two equal adapters; either one is fine
          delegate = result;
        }
        return result;
      }

      @Override
      public T fromJson(JsonReader reader) throws IOException {
        return delegate().fromJson(reader);
      }

      @Override
      public void toJson(JsonWriter writer, T value) throws IOException {
        delegate().toJson(writer, value);
      }

      @Override
      public String toString() {
        JsonAdapter<T> result = delegate;
        return result == null ? "JsonAdapters.lazy(...)" : result.toString();
      }
    };
  }

  /** A JSON array as an {@link ArrayList}. */
  public static <E> JsonAdapter<List<E>> list(JsonAdapter<E> element) {
    return collection(element, ArrayList::new, "List");
  }

  /** A JSON array as a {@link LinkedHashSet}, in array order. */
  public static <E> JsonAdapter<Set<E>> set(JsonAdapter<E> element) {
    return collection(element, LinkedHashSet::new, "Set");
  }

  /** A JSON array as an {@link ArrayList} typed as a {@link Collection}. */
  public static <E> JsonAdapter<Collection<E>> collection(JsonAdapter<E> element) {
    return collection(element, ArrayList::new, "Collection");
  }

  private static <E, C extends Collection<E>> JsonAdapter<C> collection(
      JsonAdapter<E> element, Supplier<C> factory, String kind) {
    return new JsonAdapter<C>() {
      @Override
      public C fromJson(JsonReader reader) throws IOException {
        C result = factory.get();
        reader.beginArray();
        while (reader.hasNext()) {
          result.add(element.fromJson(reader));
        }
        reader.endArray();
        return result;
      }

      @Override
      public void toJson(JsonWriter writer, C value) throws IOException {
        writer.beginArray();
        for (E item : value) {
          element.toJson(writer, item);
        }
        writer.endArray();
      }

      @Override
      public String toString() {
        return element + "." + kind + "()";
      }
    }.nullSafe();
  }

  /**
   * A type of the user's held as the JSON value {@code form} reads and writes, converted by its
   * codec class's {@code read} and {@code write}: a value {@code read} refuses with an exception is
   * {@code Expected a Money but was 12 EUR at path $.price}, in Moshi's words.
   *
   * @param typeName the type's simple name, for that message
   */
  public static <X, T> JsonAdapter<T> mapped(
      JsonAdapter<X> form, Function<X, T> read, Function<T, X> write, String typeName) {
    return new JsonAdapter<T>() {
      @Override
      public T fromJson(JsonReader reader) throws IOException {
        String path = reader.getPath();
        X value = form.fromJson(reader);
        try {
          return read.apply(value);
        } catch (RuntimeException refused) {
          throw new JsonDataException(
              "Expected "
                  + article(typeName)
                  + " "
                  + typeName
                  + " but was "
                  + value
                  + " at path "
                  + path);
        }
      }

      @Override
      public void toJson(JsonWriter writer, T value) throws IOException {
        form.toJson(writer, write.apply(value));
      }

      @Override
      public String toString() {
        return form + ".mapped(" + typeName + ")";
      }
    }.nullSafe();
  }

  /** "a" or "an", as Moshi's messages put it before a type's name. */
  private static String article(String name) {
    return "AEIOUaeiou".indexOf(name.charAt(0)) >= 0 ? "an" : "a";
  }

  /** A JSON object as a {@link LinkedHashMap} from member names to values, in object order. */
  public static <V> JsonAdapter<Map<String, V>> map(JsonAdapter<V> value) {
    return new JsonAdapter<Map<String, V>>() {
      @Override
      public Map<String, V> fromJson(JsonReader reader) throws IOException {
        Map<String, V> result = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          reader.promoteNameToValue();
          String name = reader.nextString();
          V replaced = result.put(name, value.fromJson(reader));
          if (replaced != null) {
            throw new JsonDataException(
                "Map key '" + name + "' has multiple values at path " + reader.getPath());
          }
        }
        reader.endObject();
        return result;
      }

      @Override
      public void toJson(JsonWriter writer, Map<String, V> map) throws IOException {
        writer.beginObject();
        for (Map.Entry<String, V> entry : map.entrySet()) {
          if (entry.getKey() == null) {
            throw new JsonDataException("Map key is null at " + writer.getPath());
          }
          writer.name(entry.getKey());
          value.toJson(writer, entry.getValue());
        }
        writer.endObject();
      }

      @Override
      public String toString() {
        return "JsonAdapter(String, " + value + ")";
      }
    }.nullSafe();
  }

  /**
   * An {@link Optional}: JSON {@code null} reads as {@link Optional#empty()}, and an empty optional
   * writes as {@code null} (so an object member holding it is omitted unless nulls are serialized).
   */
  public static <T> JsonAdapter<Optional<T>> optional(JsonAdapter<T> value) {
    JsonAdapter<T> nullSafe = value.nullSafe();
    return new JsonAdapter<Optional<T>>() {
      @Override
      public Optional<T> fromJson(JsonReader reader) throws IOException {
        return Optional.ofNullable(nullSafe.fromJson(reader));
      }

      @Override
      public void toJson(JsonWriter writer, Optional<T> optional) throws IOException {
        nullSafe.toJson(writer, optional == null ? null : optional.orElse(null));
      }

      @Override
      public String toString() {
        return value + ".optional()";
      }
    };
  }

  /** A JSON array as an object array made by {@code newArray}. */
  public static <E> JsonAdapter<E[]> array(JsonAdapter<E> element, IntFunction<E[]> newArray) {
    JsonAdapter<List<E>> list = list(element);
    return new JsonAdapter<E[]>() {
      @Override
      public E[] fromJson(JsonReader reader) throws IOException {
        return list.fromJson(reader).toArray(newArray.apply(0));
      }

      @Override
      public void toJson(JsonWriter writer, E[] value) throws IOException {
        list.toJson(writer, Arrays.asList(value));
      }

      @Override
      public String toString() {
        return element + ".array()";
      }
    }.nullSafe();
  }

  /** A JSON array as an {@code int[]}, each element read and written by {@code element}. */
  public static JsonAdapter<int[]> intArray(JsonAdapter<Integer> element) {
    return primitiveArray(
        element, "int", int[]::new, a -> a.length, (a, i) -> a[i], (a, i, e) -> a[i] = e);
  }

  /** A JSON array as a {@code long[]}, each element read and written by {@code element}. */
  public static JsonAdapter<long[]> longArray(JsonAdapter<Long> element) {
    return primitiveArray(
        element, "long", long[]::new, a -> a.length, (a, i) -> a[i], (a, i, e) -> a[i] = e);
  }

  /** A JSON array as a {@code double[]}, each element read and written by {@code element}. */
  public static JsonAdapter<double[]> doubleArray(JsonAdapter<Double> element) {
    return primitiveArray(
        element, "double", double[]::new, a -> a.length, (a, i) -> a[i], (a, i, e) -> a[i] = e);
  }

  /** A JSON array as a {@code float[]}, each element read and written by {@code element}. */
  public static JsonAdapter<float[]> floatArray(JsonAdapter<Float> element) {
    return primitiveArray(
        element, "float", float[]::new, a -> a.length, (a, i) -> a[i], (a, i, e) -> a[i] = e);
  }

  /** A JSON array as a {@code short[]}, each element read and written by {@code element}. */
  public static JsonAdapter<short[]> shortArray(JsonAdapter<Short> element) {
    return primitiveArray(
        element, "short", short[]::new, a -> a.length, (a, i) -> a[i], (a, i, e) -> a[i] = e);
  }

  /** A JSON array as a {@code char[]}, each element read and written by {@code element}. */
  public static JsonAdapter<char[]> charArray(JsonAdapter<Character> element) {
    return primitiveArray(
        element, "char", char[]::new, a -> a.length, (a, i) -> a[i], (a, i, e) -> a[i] = e);
  }

  /** A JSON array as a {@code boolean[]}, each element read and written by {@code element}. */
  public static JsonAdapter<boolean[]> booleanArray(JsonAdapter<Boolean> element) {
    return primitiveArray(
        element, "boolean", boolean[]::new, a -> a.length, (a, i) -> a[i], (a, i, e) -> a[i] = e);
  }

  /** Reads element {@code index} of a primitive array, boxed. */
  @FunctionalInterface
  private interface ElementGetter<A, E> {
    E get(A array, int index);
  }

  /** Stores a boxed value at {@code index} of a primitive array, unboxed. */
  @FunctionalInterface
  private interface ElementSetter<A, E> {
    void set(A array, int index, E value);
  }

  /**
   * The one adapter behind every primitive array type: each type only says how to make, measure,
   * read and write its array, with typed lambdas, so nothing here is reflective.
   */
  private static <A, E> JsonAdapter<A> primitiveArray(
      JsonAdapter<E> element,
      String name,
      IntFunction<A> newArray,
      ToIntFunction<A> length,
      ElementGetter<A, E> getter,
      ElementSetter<A, E> setter) {
    JsonAdapter<List<E>> list = list(element);
    return new JsonAdapter<A>() {
      @Override
      public A fromJson(JsonReader reader) throws IOException {
        List<E> elements = list.fromJson(reader);
        A array = newArray.apply(elements.size());
        for (int i = 0; i < elements.size(); i++) {
          setter.set(array, i, elements.get(i));
        }
        return array;
      }

      @Override
      public void toJson(JsonWriter writer, A value) throws IOException {
        writer.beginArray();
        for (int i = 0; i < length.applyAsInt(value); i++) {
          element.toJson(writer, getter.get(value, i));
        }
        writer.endArray();
      }

      @Override
      public String toString() {
        return "JsonAdapter(" + name + "[])";
      }
    }.nullSafe();
  }
}
