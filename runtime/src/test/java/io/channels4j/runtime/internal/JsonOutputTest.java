package io.channels4j.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonOutputTest {
  private static final Moshi MOSHI = new Moshi.Builder().build();
  private static final byte[] A = JsonOutput.encodeName("a");
  private static final byte[] B = JsonOutput.encodeName("b");

  /** What Moshi writes. */
  private interface MoshiWrites {
    void write(JsonWriter writer) throws IOException;
  }

  private static String moshi(MoshiWrites writes) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writes.write(writer);
    }
    return buffer.readUtf8();
  }

  private static String fast(Consumer<JsonOutput> writes) {
    JsonOutput out = new JsonTextOutput();
    writes.accept(out);
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void writesNumberTextAsMoshiWritesABigDecimalOrBigInteger() throws IOException {
    BigDecimal decimal = new BigDecimal("-1.50E+7");
    BigInteger integer = new BigInteger("123456789012345678901234567890");
    assertThat(
            fast(
                out -> {
                  out.beginArray();
                  out.number(decimal.toString());
                  out.number(integer.toString());
                  out.endArray();
                }))
        .isEqualTo(
            moshi(
                writer -> {
                  writer.beginArray();
                  writer.value(decimal);
                  writer.value(integer);
                  writer.endArray();
                }));
  }

  @Test
  void writesCommasPerContainer() throws IOException {
    assertThat(
            fast(
                out -> {
                  out.beginArray();
                  out.value(1);
                  out.value(2);
                  out.endArray();
                }))
        .isEqualTo("[1,2]");
    assertThat(
            fast(
                out -> {
                  out.beginObject();
                  out.name(A);
                  out.value(1);
                  out.name(B);
                  out.beginArray();
                  out.endArray();
                  out.endObject();
                }))
        .isEqualTo("{\"a\":1,\"b\":[]}");
    assertThat(
            fast(
                out -> {
                  out.beginArray();
                  out.beginArray();
                  out.endArray();
                  out.beginObject();
                  out.name("k");
                  out.beginObject();
                  out.endObject();
                  out.name(A);
                  out.nullValue();
                  out.endObject();
                  out.value(true);
                  out.endArray();
                }))
        .isEqualTo(
            moshi(
                w -> {
                  w.beginArray();
                  w.beginArray();
                  w.endArray();
                  w.beginObject();
                  w.name("k");
                  w.beginObject();
                  w.endObject();
                  w.name("a");
                  w.setSerializeNulls(true);
                  w.nullValue();
                  w.endObject();
                  w.value(true);
                  w.endArray();
                }));
  }

  @Test
  void tracksCommasDeeperThanTheFirstStack() throws IOException {
    assertThat(
            fast(
                out -> {
                  for (int i = 0; i < 40; i++) {
                    out.beginArray();
                    out.value(i);
                  }
                  for (int i = 0; i < 40; i++) {
                    out.endArray();
                  }
                }))
        .isEqualTo(
            moshi(
                w -> {
                  for (int i = 0; i < 40; i++) {
                    w.beginArray();
                    w.value(i);
                  }
                  for (int i = 0; i < 40; i++) {
                    w.endArray();
                  }
                }));
  }

  @Test
  void startsAfreshOnReset() {
    JsonOutput out = new JsonTextOutput();
    out.beginArray();
    out.value(1);
    out.reset();
    assertThat(out.toByteArray()).isEmpty();
    out.beginArray();
    out.value(2);
    out.endArray();
    assertThat(new String(out.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo("[2]");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "plain",
        "\"quoted\" \\ back/slash",
        "\u0000\u0001\u0007\b\t\n\u000b\f\r\u000e\u001f\u007f",
        "é ß 中 \u0080 \u07ff \u0800 \uffff",
        "line\u2028para\u2029",
        "emoji 😀 pair",
        "lone high \ud800 and low \udc00",
        "\udc00\ud800",
        "high at the end \ud83d",
        "high before an escape \ud83d\n"
      })
  void writesStringsAsMoshi(String value) throws IOException {
    assertThat(fast(out -> out.value(value))).isEqualTo(moshi(w -> w.value(value)));
    assertThat(
            fast(
                out -> {
                  out.beginObject();
                  out.name(value);
                  out.value(1);
                  out.name(JsonOutput.encodeName(value));
                  out.value(2);
                  out.endObject();
                }))
        .isEqualTo(
            moshi(
                w -> {
                  w.beginObject();
                  w.name(value);
                  w.value(1);
                  w.name(value);
                  w.value(2);
                  w.endObject();
                }));
  }

  @Test
  void writesALongStringAsMoshi() throws IOException {
    String value = "ab\"é😀\n".repeat(20_000);
    assertThat(fast(out -> out.value(value))).isEqualTo(moshi(w -> w.value(value)));
  }

  @Test
  void writesIntegersAsMoshisAdapters() throws IOException {
    for (long value : new long[] {0, 1, -1, 9, 10, -10, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 53}) {
      assertThat(fast(out -> out.value(value))).isEqualTo(moshi(w -> w.value(value)));
    }
    for (int value : new int[] {0, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertThat(fast(out -> out.value(value)))
          .isEqualTo(moshi(w -> MOSHI.adapter(int.class).toJson(w, value)));
    }
    for (short value : new short[] {0, Short.MAX_VALUE, Short.MIN_VALUE}) {
      assertThat(fast(out -> out.value(value)))
          .isEqualTo(moshi(w -> MOSHI.adapter(short.class).toJson(w, value)));
    }
    for (byte value : new byte[] {0, 127, -128, -1}) {
      assertThat(fast(out -> out.value(value)))
          .isEqualTo(moshi(w -> MOSHI.adapter(byte.class).toJson(w, value)));
    }
    assertThat(fast(out -> out.value((byte) -1))).isEqualTo("255");
  }

  @Test
  void writesCharsBooleansAndNullAsMoshi() throws IOException {
    for (char value : new char[] {'a', '"', '\n', 'é', '\u2028', '\ud800'}) {
      assertThat(fast(out -> out.value(value)))
          .isEqualTo(moshi(w -> MOSHI.adapter(char.class).toJson(w, value)));
    }
    assertThat(fast(out -> out.value(true))).isEqualTo("true");
    assertThat(fast(out -> out.value(false))).isEqualTo("false");
    assertThat(fast(JsonOutput::nullValue)).isEqualTo(moshi(JsonWriter::nullValue));
  }

  @Test
  void writesDoublesAndFloatsAsMoshi() throws IOException {
    for (double value :
        new double[] {
          0.0,
          -0.0,
          1.0,
          -1.5,
          0.1,
          1e7,
          1e-3,
          1.0E-4,
          1e21,
          Double.MAX_VALUE,
          Double.MIN_VALUE,
          123456789.125
        }) {
      assertThat(fast(out -> out.value(value))).isEqualTo(moshi(w -> w.value(value)));
      float f = value == Double.MAX_VALUE ? Float.MAX_VALUE : (float) value;
      assertThat(fast(out -> out.value(f)))
          .isEqualTo(moshi(w -> MOSHI.adapter(float.class).toJson(w, f)));
    }
  }

  @Test
  void refusesNonFiniteNumbersInMoshisWords() {
    for (double value :
        new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      IllegalArgumentException fast =
          assertThrows(IllegalArgumentException.class, () -> new JsonTextOutput().value(value));
      IllegalArgumentException moshis =
          assertThrows(IllegalArgumentException.class, () -> moshi(w -> w.value(value)));
      assertThat(fast).hasMessageThat().isEqualTo(moshis.getMessage());
      float f = (float) value;
      IllegalArgumentException fastFloat =
          assertThrows(IllegalArgumentException.class, () -> new JsonTextOutput().value(f));
      IllegalArgumentException moshisFloat =
          assertThrows(
              IllegalArgumentException.class,
              () -> moshi(w -> MOSHI.adapter(float.class).toJson(w, f)));
      assertThat(fastFloat).hasMessageThat().isEqualTo(moshisFloat.getMessage());
    }
    assertThat(
            assertThrows(
                IllegalArgumentException.class, () -> new JsonTextOutput().value(Double.NaN)))
        .hasMessageThat()
        .isEqualTo("Numeric values must be finite, but was NaN");
  }

  @Test
  void encodesNamesWithTheirColon() {
    assertThat(new String(JsonOutput.encodeName("a\"é\n"), StandardCharsets.UTF_8))
        .isEqualTo("\"a\\\"é\\n\":");
  }
}
