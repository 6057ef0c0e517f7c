package io.channels4j.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each {@link JsonText}: its adapter and its fast path read and write the same JSON. */
class JsonTextTest {
  /**
   * Every constant, with JSON it writes back as it is, JSON that does not parse, a token of the
   * wrong type, and the words its errors use.
   */
  static Stream<Arguments> texts() {
    return Stream.of(
        arguments(
            JsonText.UUID,
            "\"0f8fad5b-d9cb-469f-a165-70867728950e\"",
            "\"not-a-uuid\"",
            "1",
            "a UUID"),
        arguments(
            JsonText.INSTANT, "\"2026-12-02T10:15:30.123Z\"", "\"yesterday\"", "1", "an Instant"),
        arguments(
            JsonText.OFFSET_DATE_TIME,
            "\"2026-12-02T10:15+01:00\"",
            "\"2026-12-02\"",
            "1",
            "an OffsetDateTime"),
        arguments(
            JsonText.LOCAL_DATE, "\"2020-02-29\"", "\"2021-02-29\"", "20200229", "a LocalDate"),
        arguments(
            JsonText.LOCAL_DATE_TIME,
            "\"2026-12-02T09:00\"",
            "\"2026-12-02 09:00\"",
            "1",
            "a LocalDateTime"),
        arguments(JsonText.LOCAL_TIME, "\"18:30:15.500\"", "\"25:00\"", "1830", "a LocalTime"),
        arguments(JsonText.DURATION, "\"PT1H30M\"", "\"90 minutes\"", "5400", "a Duration"),
        arguments(JsonText.URI, "\"https://zoo.example/a?b=c#d\"", "\"a b\"", "1", "a URI"),
        arguments(JsonText.BYTES, "\"AAEC/w==\"", "\"AAE*\"", "[0,1]", "a base64 string"),
        arguments(JsonText.BIG_DECIMAL, "-1.250E+8", "1e99999999999", "\"1.5\"", "a BigDecimal"),
        arguments(
            JsonText.BIG_INTEGER,
            "123456789012345678901234567890",
            "1.5",
            "\"12\"",
            "a BigInteger"));
  }

  private static JsonInput in(String json) {
    return new JsonTextInput(8).reset(json.getBytes(StandardCharsets.UTF_8));
  }

  private static <T> String fastWrite(JsonText<T> text, T value) {
    JsonOutput out = new JsonTextOutput();
    text.write(out, value);
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("texts")
  <T> void bothCodecsReadTheSameValueAndWriteItBack(
      JsonText<T> text, String json, String unparsable, String wrongType, String name)
      throws IOException {
    T slow = text.adapter().fromJson(json);
    T fast = text.read(in(json));
    assertThat(text.adapter().toJson(slow)).isEqualTo(json);
    assertThat(fastWrite(text, fast)).isEqualTo(json);
    assertThat(fastWrite(text, slow)).isEqualTo(text.adapter().toJson(fast));
  }

  @ParameterizedTest
  @MethodSource("texts")
  <T> void adapterIsNullSafe(JsonText<T> text) throws IOException {
    assertThat(text.adapter().fromJson("null")).isNull();
    assertThat(text.adapter().toJson(null)).isEqualTo("null");
  }

  /**
   * Text that does not parse is named in the message, a token of another type by its type; the fast
   * path misses both. Inside an array or object, the path is the element's.
   */
  @ParameterizedTest
  @MethodSource("texts")
  <T> void unparsableTextAndOtherTokensAreRefusedInMoshisWordsAndMissed(
      JsonText<T> text, String json, String unparsable, String wrongType, String name) {
    JsonDataException e =
        assertThrows(
            JsonDataException.class,
            () -> JsonAdapters.list(text.adapter()).fromJson("[" + unparsable + "]"));
    String shown = unparsable.replace("\"", "");
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("Expected " + name + " but was " + shown + " at path $[0]");
    assertThrows(JsonInput.Miss.class, () -> text.read(in(unparsable)));

    JsonDataException other =
        assertThrows(
            JsonDataException.class,
            () -> JsonAdapters.map(text.adapter()).fromJson("{\"x\":" + wrongType + "}"));
    assertThat(other)
        .hasMessageThat()
        .matches("Expected " + name + " but was [A-Z_]+ at path \\$\\.x");
    assertThrows(JsonInput.Miss.class, () -> text.read(in(wrongType)));
  }

  @Test
  void numbersAreReadFromTheirTextNotThroughADouble() throws IOException {
    String json = "0.1000000000000000000000000000001";
    assertThat(JsonText.BIG_DECIMAL.read(in(json))).isEqualTo(new BigDecimal(json));
    assertThat(JsonText.BIG_DECIMAL.adapter().fromJson(json)).isEqualTo(new BigDecimal(json));
    assertThat(JsonText.BIG_INTEGER.read(in("-9223372036854775809")))
        .isEqualTo(new BigInteger("-9223372036854775809"));
    // "-0" keeps its text in Moshi; BigDecimal and BigInteger have no negative zero anyway.
    assertThat(JsonText.BIG_DECIMAL.adapter().toJson(JsonText.BIG_DECIMAL.read(in("-0"))))
        .isEqualTo("0");
  }

  @Test
  void wordsNameTheTypeAndTheUnparsedText() {
    JsonDataException e =
        assertThrows(
            JsonDataException.class,
            () -> JsonAdapters.map(JsonText.UUID.adapter()).fromJson("{\"id\":\"not-a-uuid\"}"));
    assertThat(e).hasMessageThat().isEqualTo("Expected a UUID but was not-a-uuid at path $.id");
    JsonDataException number =
        assertThrows(
            JsonDataException.class,
            () ->
                JsonAdapters.list(JsonText.UUID.adapter())
                    .fromJson("[\"0f8fad5b-d9cb-469f-a165-70867728950e\",1]"));
    assertThat(number).hasMessageThat().isEqualTo("Expected a UUID but was NUMBER at path $[1]");
    assertThat(JsonText.UUID.toString()).isEqualTo("JsonText(a UUID)");
    assertThat(JsonText.UUID.adapter().toString()).isEqualTo("JsonText(a UUID).nullSafe()");
  }

  @Test
  void bytesAreStandardBase64WithPadding() throws IOException {
    JsonAdapter<byte[]> bytes = JsonText.BYTES.adapter();
    byte[] value = {(byte) 0xfb, (byte) 0xff, 0};
    assertThat(bytes.toJson(value)).isEqualTo("\"+/8A\"");
    assertThat(fastWrite(JsonText.BYTES, new byte[] {1})).isEqualTo("\"AQ==\"");
    assertThat(JsonText.BYTES.read(in("\"+/8A\""))).isEqualTo(value);
    for (String json : List.of("\"-_8A\"", "\"AQ=\"")) { // URL alphabet, broken padding
      assertThrows(JsonDataException.class, () -> bytes.fromJson(json));
      assertThrows(JsonInput.Miss.class, () -> JsonText.BYTES.read(in(json)));
    }
  }

  @Test
  void uuidIsWrittenCanonically() throws IOException {
    UUID id = UUID.fromString("0F8FAD5B-D9CB-469F-A165-70867728950E");
    assertThat(JsonText.UUID.adapter().toJson(id))
        .isEqualTo("\"0f8fad5b-d9cb-469f-a165-70867728950e\"");
    assertThat(fastWrite(JsonText.UUID, id)).isEqualTo("\"0f8fad5b-d9cb-469f-a165-70867728950e\"");
  }
}
