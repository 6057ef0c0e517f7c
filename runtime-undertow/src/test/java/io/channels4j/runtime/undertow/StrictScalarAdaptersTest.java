package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class StrictScalarAdaptersTest {
  private final Moshi moshi = new Moshi.Builder().add(new StrictScalarAdapters()).build();

  private String error(Class<?> type, String json) {
    return assertThrows(JsonDataException.class, () -> moshi.adapter(type).fromJson(json))
        .getMessage();
  }

  @Test
  void aNumberIsNotAString() {
    assertThat(error(String.class, "1e-2")).isEqualTo("Expected a string but was NUMBER at path $");
    assertThat(error(char.class, "7")).isEqualTo("Expected a string but was NUMBER at path $");
  }

  @Test
  void aQuotedNumberIsNotANumber() {
    assertThat(error(int.class, "\"5\"")).isEqualTo("Expected an int but was STRING at path $");
    assertThat(error(Short.class, "\"5\"")).isEqualTo("Expected an int but was STRING at path $");
    assertThat(error(Long.class, "\"5\"")).isEqualTo("Expected a long but was STRING at path $");
    assertThat(error(double.class, "\"5\""))
        .isEqualTo("Expected a double but was STRING at path $");
    assertThat(error(boolean.class, "\"true\""))
        .isEqualTo("Expected a boolean but was STRING at path $");
  }

  @Test
  void valuesOfTheRightTypeAndNullReadAsMoshiReadsThem() throws IOException {
    assertThat(moshi.adapter(String.class).fromJson("\"hi\"")).isEqualTo("hi");
    assertThat(moshi.adapter(int.class).fromJson("5")).isEqualTo(5);
    assertThat(moshi.adapter(Long.class).fromJson("null")).isNull();
    assertThat(moshi.adapter(boolean.class).fromJson("true")).isTrue();
    assertThat(error(int.class, "null")).isEqualTo("Expected an int but was NULL at path $");
    assertThat(error(byte.class, "300")).startsWith("Expected a byte but was 300");
  }
}
