package io.channels4j.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JsonAdaptersTest {
  private final Moshi moshi = new Moshi.Builder().build();

  private static <T> String rewrite(JsonAdapter<T> adapter, String json) throws IOException {
    return adapter.toJson(adapter.fromJson(json));
  }

  @Test
  void primitiveArrays() throws IOException {
    assertThat(rewrite(JsonAdapters.intArray(moshi.adapter(int.class)), "[1,2]"))
        .isEqualTo("[1,2]");
    assertThat(rewrite(JsonAdapters.longArray(moshi.adapter(long.class)), "[3]")).isEqualTo("[3]");
    assertThat(rewrite(JsonAdapters.doubleArray(moshi.adapter(double.class)), "[1.5]"))
        .isEqualTo("[1.5]");
    assertThat(rewrite(JsonAdapters.floatArray(moshi.adapter(float.class)), "[2.5]"))
        .isEqualTo("[2.5]");
    assertThat(rewrite(JsonAdapters.shortArray(moshi.adapter(short.class)), "[4]"))
        .isEqualTo("[4]");
    assertThat(rewrite(JsonAdapters.byteArray(moshi.adapter(byte.class)), "[5]")).isEqualTo("[5]");
    assertThat(rewrite(JsonAdapters.charArray(moshi.adapter(char.class)), "[\"c\"]"))
        .isEqualTo("[\"c\"]");
    assertThat(rewrite(JsonAdapters.booleanArray(moshi.adapter(boolean.class)), "[true]"))
        .isEqualTo("[true]");
    assertThat(JsonAdapters.intArray(moshi.adapter(int.class)).fromJson("null")).isNull();
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
