package io.channels4j.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonAdaptersTest {
  private final Moshi moshi = new Moshi.Builder().build();

  private static <T> String rewrite(JsonAdapter<T> adapter, String json) throws IOException {
    return adapter.toJson(adapter.fromJson(json));
  }

  /** Every primitive array adapter, with JSON that round-trips and the element Moshi names. */
  static Stream<Arguments> primitiveArrays() {
    Moshi moshi = new Moshi.Builder().build();
    return Stream.of(
        arguments(JsonAdapters.intArray(moshi.adapter(int.class)), "[1,-2,2147483647]", "an int"),
        arguments(
            JsonAdapters.longArray(moshi.adapter(long.class)),
            "[3,-9223372036854775808]",
            "a long"),
        arguments(JsonAdapters.doubleArray(moshi.adapter(double.class)), "[1.5,-0.25]", "a double"),
        arguments(JsonAdapters.floatArray(moshi.adapter(float.class)), "[2.5,-8.0]", "a double"),
        arguments(JsonAdapters.shortArray(moshi.adapter(short.class)), "[4,-32768]", "an int"),
        arguments(
            JsonAdapters.charArray(moshi.adapter(char.class)), "[\"c\",\"\u00e9\"]", "a string"),
        arguments(
            JsonAdapters.booleanArray(moshi.adapter(boolean.class)), "[true,false]", "a boolean"));
  }

  @ParameterizedTest
  @MethodSource("primitiveArrays")
  void primitiveArraysRoundTrip(JsonAdapter<Object> adapter, String json, String element)
      throws IOException {
    assertThat(rewrite(adapter, json)).isEqualTo(json);
    assertThat(rewrite(adapter, "[]")).isEqualTo("[]");
    assertThat(adapter.fromJson("null")).isNull();
    assertThat(adapter.toJson(null)).isEqualTo("null");
  }

  @ParameterizedTest
  @MethodSource("primitiveArrays")
  void primitiveArraysKeepMoshisErrors(JsonAdapter<Object> adapter, String json, String element) {
    String first = json.substring(1, json.indexOf(','));
    JsonDataException nullElement =
        assertThrows(JsonDataException.class, () -> adapter.fromJson("[" + first + ",null]"));
    assertThat(nullElement)
        .hasMessageThat()
        .isEqualTo("Expected " + element + " but was NULL at path $[1]");
    JsonDataException notArray =
        assertThrows(JsonDataException.class, () -> adapter.fromJson("{}"));
    assertThat(notArray)
        .hasMessageThat()
        .isEqualTo("Expected BEGIN_ARRAY but was BEGIN_OBJECT at path $");
  }

  @Test
  void primitiveArraysNameTheirType() {
    assertThat(JsonAdapters.intArray(moshi.adapter(int.class)).toString())
        .isEqualTo("JsonAdapter(int[]).nullSafe()");
    assertThat(JsonAdapters.booleanArray(moshi.adapter(boolean.class)).toString())
        .isEqualTo("JsonAdapter(boolean[]).nullSafe()");
  }

  @Test
  void objectArraysAndCollections() throws IOException {
    JsonAdapter<String> string = moshi.adapter(String.class);
    assertThat(rewrite(JsonAdapters.array(string, String[]::new), "[\"a\",null]"))
        .isEqualTo("[\"a\",null]");
    assertThat(rewrite(JsonAdapters.set(string), "[\"b\",\"a\",\"b\"]")).isEqualTo("[\"b\",\"a\"]");
    assertThat(JsonAdapters.list(string).fromJson("[\"x\"]")).isEqualTo(List.of("x"));
    assertThat(rewrite(JsonAdapters.collection(string), "[]")).isEqualTo("[]");
  }

  @Test
  void mapsKeepOrderAndRejectDuplicateKeys() throws IOException {
    JsonAdapter<Map<String, Integer>> map = JsonAdapters.map(moshi.adapter(Integer.class));
    assertThat(rewrite(map, "{\"b\":1,\"a\":2}")).isEqualTo("{\"b\":1,\"a\":2}");
    JsonDataException e =
        assertThrows(JsonDataException.class, () -> map.fromJson("{\"a\":1,\"a\":2}"));
    assertThat(e).hasMessageThat().isEqualTo("Map key 'a' has multiple values at path $.a");
  }

  @Test
  void optionalReadsNullAsEmptyAndWritesEmptyAsNull() throws IOException {
    JsonAdapter<Optional<String>> optional = JsonAdapters.optional(moshi.adapter(String.class));
    assertThat(optional.fromJson("null")).isEqualTo(Optional.empty());
    assertThat(optional.fromJson("\"v\"")).isEqualTo(Optional.of("v"));
    assertThat(optional.toJson(Optional.empty())).isEqualTo("null");
  }

  @Test
  void lazyMakesTheAdapterOnceOnFirstUse() throws IOException {
    AtomicInteger made = new AtomicInteger();
    JsonAdapter<String> lazy =
        JsonAdapters.lazy(
            () -> {
              made.incrementAndGet();
              return moshi.adapter(String.class);
            });
    assertThat(made.get()).isEqualTo(0);
    assertThat(lazy.fromJson("\"a\"")).isEqualTo("a");
    assertThat(lazy.toJson("b")).isEqualTo("\"b\"");
    assertThat(made.get()).isEqualTo(1);
  }
}
