package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Types with codecs of the user's ({@code @JsonWith} on the type, {@code @Channel(codecs)} for a
 * JDK type) through both generated codecs: the same values, the same bytes, Moshi's words for a
 * value the codec refuses, and a miss on the fast path for it.
 */
class UserCodecTest {
  private static final String ORDER =
      "{\"price\":\"12.50 EUR\",\"extras\":[\"0.99 EUR\",\"1.00 USD\"],\"tip\":\"2.00 EUR\","
          + "\"at\":\"2026-12-01T10:15:30+01:00[Europe/Paris]\",\"points\":{\"gold\":12,\"silver\":-3}}";

  private static CompiledClasses classes;
  private static JsonAdapter<Object> order;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void compile() {
    classes = CompiledClasses.compileGood();
    Moshi moshi =
        new Moshi.Builder()
            .add((JsonAdapter.Factory) classes.newInstance("ShopJsonAdapterFactory"))
            .build();
    order = (JsonAdapter<Object>) moshi.adapter(classes.example("Order"));
  }

  private static Object read(String json) {
    return CompiledClasses.readWhole(classes.jsonCodec("Order"), json);
  }

  private static String write(Object value) {
    return CompiledClasses.written(classes.jsonCodec("Order"), value);
  }

  @Test
  void bothCodecsReadAndWriteThroughTheUsersCodec() throws IOException {
    Object slow = order.fromJson(ORDER);
    assertThat(slow.toString()).contains("Money[cents=1250, currency=EUR]");
    assertThat(order.toJson(slow)).isEqualTo(ORDER);
    assertThat(order.toJson(read(ORDER))).isEqualTo(ORDER);
    assertThat(write(slow)).isEqualTo(ORDER);
  }

  @Test
  void aNullableMemberWithACodecMayBeLeftOut() throws IOException {
    String noTip = ORDER.replace(",\"tip\":\"2.00 EUR\"", "");
    assertThat(order.toJson(order.fromJson(noTip))).isEqualTo(noTip);
    assertThat(write(read(noTip))).isEqualTo(noTip);
  }

  @Test
  void aValueTheCodecRefusesIsAParseErrorInMoshisWords() {
    JsonDataException e =
        assertThrows(
            JsonDataException.class,
            () -> order.fromJson(ORDER.replace("\"12.50 EUR\"", "\"twelve\"")));
    assertThat(e).hasMessageThat().isEqualTo("Expected a Money but was twelve at path $.price");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"12.50 EUR\"=>\"twelve\"", // refused by the codec
        "\"12.50 EUR\"=>12.5", // not the codec's form
        "\"12.50 EUR\"=>null", // null where it is required
        "\"gold\":12=>\"gold\":1.5", // not a long
        "+01:00[Europe/Paris]=>+01:00[Nowhere/Atlantis]",
      })
  void whatTheAdapterRefusesMissesOnTheFastPath(String replacement) {
    String[] parts = replacement.split("=>");
    String json = ORDER.replace(parts[0], parts[1]);
    assertThrows(Exception.class, () -> order.fromJson(json));
    assertThrows(RuntimeException.class, () -> read(json)); // a miss, or the codec's refusal
  }
}
