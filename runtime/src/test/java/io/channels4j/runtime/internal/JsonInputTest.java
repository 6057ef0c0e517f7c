package io.channels4j.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonInputTest {
  private static final Moshi MOSHI = new Moshi.Builder().build();
  private static final JsonNames USER = JsonNames.of("user");

  private static JsonInput in(String json) {
    return new JsonTextInput(64).reset(json.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonInput in(byte... json) {
    return new JsonTextInput(64).reset(json);
  }

  private static void assertMiss(Executable read) {
    JsonInput.Miss miss = assertThrows(JsonInput.Miss.class, read);
    assertThat(miss).isSameInstanceAs(JsonInput.miss());
  }

  private static JsonReader moshi(String json) {
    return JsonReader.of(new Buffer().writeUtf8(json));
  }

  private static <T> T moshi(Class<T> type, String json) throws IOException {
    return MOSHI.adapter(type).fromJson(moshi(json));
  }

  @Test
  void theMissIsOneExceptionWithoutStackTrace() {
    assertThat(JsonInput.miss()).isSameInstanceAs(JsonInput.miss());
    assertThat(JsonInput.miss().getStackTrace()).isEmpty();
    assertThat(JsonInput.miss().getSuppressed()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"\"",
        "\"plain ascii\"",
        "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
        "\"\\u0041\\u00e9\\u00E9\\u4e2d\"",
        "\"\\ud83d\\ude00 pair\"",
        "\"\\ud800 lone high\"",
        "\"lone low \\udc00\"",
        "\"é中😀 raw\"",
        "\"\u2028\u2029\"",
        "\"a long string with an escape at the end, longer than the first buffer of chars\\n\"",
        "\"ünïcödé, longer than the first buffer of chars, longer than the first buffer\""
      })
  void readsStringsAsMoshi(String json) throws IOException {
    assertThat(in(json).nextString()).isEqualTo(moshi(json).nextString());
  }

  @Test
  void missesStringsBeyondJson() throws IOException {
    assertThat(moshi("\"\\'\"").nextString()).isEqualTo("'"); // Moshi tolerates it
    assertMiss(() -> in("\"\\'\"").nextString());
    assertMiss(() -> in("\"\\x\"").nextString());
    assertMiss(() -> in("\"\\u12\"").nextString());
    assertMiss(() -> in("\"\\u12G4\"").nextString());
    assertMiss(() -> in("\"unterminated").nextString());
    assertMiss(() -> in("\"unterminated\\").nextString());
    assertThat(moshi("\"a\u0001b\"").nextString()).isEqualTo("a\u0001b"); // Moshi takes it raw
    assertMiss(() -> in("\"a\u0001b\"").nextString());
    assertMiss(() -> in("\"a\tb\"").nextString());
  }

  @Test
  void missesInvalidUtf8() {
    byte[][] invalid = {
      {(byte) 0xc0, (byte) 0x80}, // overlong NUL
      {(byte) 0xc1, (byte) 0xbf},
      {(byte) 0xe0, (byte) 0x80, (byte) 0x80}, // overlong
      {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, // an encoded surrogate
      {(byte) 0xf0, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // overlong
      {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
      {(byte) 0xf5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {(byte) 0x80}, // a lone continuation
      {(byte) 0xe4, (byte) 0xb8}, // truncated
      {(byte) 0xe4, (byte) 0x41, (byte) 0x41},
    };
    for (byte[] bytes : invalid) {
      byte[] json = new byte[bytes.length + 2];
      json[0] = '"';
      System.arraycopy(bytes, 0, json, 1, bytes.length);
      json[json.length - 1] = '"';
      assertMiss(() -> in(json).nextString());
      assertMiss(() -> in(json).skipValue());
      byte[] truncated = java.util.Arrays.copyOf(json, json.length - 1);
      assertMiss(() -> in(truncated).nextString());
    }
    // the longest valid forms pass
    assertThat(in("\"\uFFFF\uDBFF\uDFFF\u0800\u0080\"").nextString())
        .isEqualTo("\uFFFF\uDBFF\uDFFF\u0800\u0080");
    // a real U+FFFD, which the decoder also writes for bad bytes, is read as itself
    assertThat(in("\"a\uFFFDb \u4e2d\"").nextString()).isEqualTo("a\uFFFDb \u4e2d");
    // bad bytes after good non-ASCII ones still miss
    byte[] late = "\"\u4e2d\u6587??\"".getBytes(StandardCharsets.UTF_8);
    late[late.length - 3] = (byte) 0xc0;
    late[late.length - 2] = (byte) 0x80;
    assertMiss(() -> in(late).nextString());
  }

  @Test
  void missesWrongTokens() {
    assertMiss(() -> in("1").nextString());
    assertMiss(() -> in("null").nextString());
    assertMiss(() -> in("\"1\"").nextInt());
    assertMiss(() -> in("\"true\"").nextBoolean());
    assertMiss(() -> in("true").nextDouble());
    assertMiss(() -> in("[]").beginObject());
    assertMiss(() -> in("{}").beginArray());
    assertMiss(() -> in("").nextString());
    assertMiss(() -> in("   ").nextLong());
  }

  @Test
  void readsLiterals() {
    assertThat(in(" true ").nextBoolean()).isTrue();
    assertThat(in("false").nextBoolean()).isFalse();
    assertThat(in("null").nextNull()).isTrue();
    JsonInput in = in("[null,true,false]");
    in.beginArray();
    assertThat(in.hasNext()).isTrue();
    assertThat(in.nextNull()).isTrue();
    assertThat(in.hasNext()).isTrue();
    assertThat(in.nextNull()).isFalse(); // leaves the value unread
    assertThat(in.nextBoolean()).isTrue();
    assertThat(in.hasNext()).isTrue();
    assertThat(in.nextBoolean()).isFalse();
    assertThat(in.hasNext()).isFalse();
    in.endArray();
  }

  @Test
  void missesLiteralsMoshiMightRead() throws IOException {
    assertThat(moshi("TRUE").nextBoolean()).isTrue(); // Moshi ignores the case
    assertMiss(() -> in("TRUE").nextBoolean());
    assertMiss(() -> in("True").nextBoolean());
    assertMiss(() -> in("truex").nextBoolean());
    assertMiss(() -> in("tru").nextBoolean());
    assertMiss(() -> in("nul").nextNull());
    assertMiss(() -> in("nullx").nextNull());
    assertMiss(() -> in("true:").nextBoolean());
  }

  @Test
  void readsIntegers() throws IOException {
    assertThat(in("0").nextInt()).isEqualTo(0);
    assertThat(in("-0").nextInt()).isEqualTo(moshi("-0").nextInt());
    assertThat(in("2147483647").nextInt()).isEqualTo(Integer.MAX_VALUE);
    assertThat(in("-2147483648").nextInt()).isEqualTo(Integer.MIN_VALUE);
    assertThat(in("999999999999999999").nextLong()).isEqualTo(999_999_999_999_999_999L);
    assertThat(in("-999999999999999999").nextLong()).isEqualTo(-999_999_999_999_999_999L);
    assertThat(in("32767").nextShort()).isEqualTo(Short.MAX_VALUE);
    assertThat(in("-32768").nextShort()).isEqualTo(Short.MIN_VALUE);
    assertThat(in("-128").nextByte()).isEqualTo(Byte.MIN_VALUE);
    assertThat(in("255").nextByte()).isEqualTo(moshi(byte.class, "255"));
    assertThat(in("255").nextByte()).isEqualTo((byte) -1);
  }

  @Test
  void missesIntegersOutOfRangeOrNotPlain() throws IOException {
    assertThat(moshi("1.0").nextInt()).isEqualTo(1); // Moshi takes it; the reference path answers
    assertMiss(() -> in("1.0").nextInt());
    assertMiss(() -> in("1e2").nextInt());
    assertMiss(() -> in("2147483648").nextInt());
    assertMiss(() -> in("-2147483649").nextInt());
    for (String big :
        List.of("1000000000000000000", "9223372036854775807", "-9223372036854775808")) {
      assertThat(in(big).nextLong()).isEqualTo(moshi(big).nextLong()); // 19 digits, as Moshi reads
    }
    assertMiss(() -> in("9223372036854775808").nextLong());
    assertMiss(() -> in("-9223372036854775809").nextLong());
    assertMiss(() -> in("10000000000000000000").nextLong());
    assertMiss(() -> in("32768").nextShort());
    assertMiss(() -> in("-32769").nextShort());
    assertMiss(() -> in("256").nextByte());
    assertMiss(() -> in("-129").nextByte());
    assertMiss(() -> in("01").nextInt());
    assertMiss(() -> in("-").nextInt());
    assertMiss(() -> in("+1").nextInt());
    assertMiss(() -> in("1x").nextInt());
    assertMiss(() -> in("1:").nextInt());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0",
        "0.0",
        "-0.0",
        "1.5",
        "-1.5",
        "1e2",
        "1E+2",
        "1e-2",
        "0e0",
        "-0e-5",
        "0.1",
        "0.30000000000000004",
        "123456789012345678",
        "-123456789012345678",
        "9007199254740993",
        "1.7976931348623157e308",
        "4.9e-324",
        "2.4703282292062327e-324",
        "2.2250738585072014E-308",
        "1e-400",
        "123.456e-7",
        "1234567890.12345678901234567890",
        "0.000000000000000000001",
        "1e22",
        "1e23",
        "123456789012345e22",
        "3.4028235e38",
        "999999999999999999.5e-2"
      })
  void readsDoublesAsMoshiBitForBit(String json) throws IOException {
    double expected = moshi(json).nextDouble();
    assertThat(Double.doubleToRawLongBits(in(json).nextDouble()))
        .isEqualTo(Double.doubleToRawLongBits(expected));
    float moshis;
    try {
      moshis = moshi(float.class, json);
    } catch (JsonDataException e) { // beyond float's range
      assertMiss(() -> in(json).nextFloat());
      return;
    }
    assertThat(Float.floatToRawIntBits(in(json).nextFloat()))
        .isEqualTo(Float.floatToRawIntBits(moshis));
  }

  @Test
  void missesNumbersBeyondTheGrammarOrRange() throws IOException {
    for (String json :
        List.of(
            "1.",
            ".5",
            "1e",
            "1e+",
            "+1",
            "01.5",
            "1.5.2",
            "-",
            "1ee2",
            "0x10",
            "184467440737095516160", // 2^64 * 10: Moshi's long is 0 before the last digit
            "NaN",
            "Infinity")) {
      assertMiss(() -> in(json).nextDouble());
      assertMiss(() -> in(json).skipValue());
    }
    assertThrows(IOException.class, () -> moshi("184467440737095516160").nextDouble());
    for (String json :
        List.of(
            "1234567890123456789.5",
            "-9223372036854775808.25",
            "12345678901234567890.5",
            "9223372036854775809.5",
            "18446744073709551616", // 2^64, which Moshi's long wraps to 0 after the last digit
            "-123456789012345678901234567890e-3")) {
      assertThat(in(json).nextDouble()).isEqualTo(moshi(json).nextDouble()); // as Moshi gathers it
    }
    for (String json : List.of("1e400", "-1e400")) {
      assertThrows(IOException.class, () -> moshi(json).nextDouble());
      assertMiss(() -> in(json).nextDouble());
      in(json).skipValue(); // as Moshi skips it
      moshi(json).skipValue();
    }
    assertThrows(JsonDataException.class, () -> moshi(float.class, "3.5e38"));
    assertMiss(() -> in("3.5e38").nextFloat());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0",
        "42",
        "-9223372036854775808",
        "123456789012345678901234567890",
        "12.50",
        "-0.0",
        "1E+3",
        "1e-400",
        "0E-10"
      })
  void readsNumberTextAsMoshi(String json) throws IOException {
    assertThat(in(json).nextNumberText()).isEqualTo(moshi(json).nextString());
    assertThat(in(" " + json + " ").nextNumberText()).isEqualTo(json);
  }

  @Test
  void missesNumberTextBeyondTheGrammarOrAString() {
    for (String json : List.of("\"12\"", "01", "1.", "+1", "184467440737095516160", "true")) {
      assertMiss(() -> in(json).nextNumberText());
    }
  }

  @Test
  void readsChars() throws IOException {
    assertThat(in("\"a\"").nextChar()).isEqualTo('a');
    assertThat(in("\"é\"").nextChar()).isEqualTo('é');
    assertThat(in("\"\\n\"").nextChar()).isEqualTo('\n');
    assertThat(in("\"\\\"\"").nextChar()).isEqualTo(moshi(char.class, "\"\\\"\""));
    assertThat(in("\"\\ud800\"").nextChar()).isEqualTo('\ud800');
    assertMiss(() -> in("\"\"").nextChar());
    assertMiss(() -> in("\"\"\"").nextChar());
    assertMiss(() -> in("\"ab\"").nextChar());
    assertMiss(() -> in("\"😀\"").nextChar());
    assertMiss(() -> in("97").nextChar());
  }

  @Test
  void readsObjectsAndArraysWithWhitespaceEverywhere() {
    JsonInput in = in(" \n{ \"user\" :\t\"mike\" ,\r\"tags\" : [ 1 , 2 ] , \"x\":{}}\n ");
    JsonNames names = JsonNames.of("tags", "user");
    in.beginObject();
    assertThat(in.hasNext()).isTrue();
    assertThat(in.selectName(names)).isEqualTo(1);
    assertThat(in.nextString()).isEqualTo("mike");
    assertThat(in.hasNext()).isTrue();
    assertThat(in.selectName(names)).isEqualTo(0);
    in.beginArray();
    List<Integer> tags = new ArrayList<>();
    while (in.hasNext()) {
      tags.add(in.nextInt());
    }
    in.endArray();
    assertThat(tags).containsExactly(1, 2).inOrder();
    assertThat(in.hasNext()).isTrue();
    assertThat(in.selectName(names)).isEqualTo(-1);
    assertThat(in.name()).isEqualTo("x");
    in.skipValue();
    assertThat(in.hasNext()).isFalse();
    in.endObject();
    in.endFrame();
  }

  @Test
  void matchesNamesByTheirUtf8Bytes() {
    JsonInput in = in("{\"é中\":1,\"é\":2,\"😀\":3}");
    JsonNames names = JsonNames.of("é", "😀", "é中");
    in.beginObject();
    List<Integer> indexes = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    while (in.hasNext()) {
      indexes.add(in.selectName(names));
      keys.add(in.name());
      in.skipValue();
    }
    in.endObject();
    assertThat(indexes).containsExactly(2, 0, 1).inOrder();
    assertThat(keys).containsExactly("é中", "é", "😀").inOrder();
    assertThrows(IllegalArgumentException.class, () -> JsonNames.of("a\ud800"));
  }

  @Test
  void missesNamesWithEscapes() {
    JsonInput in = in("{\"us\\u0065r\":1}");
    in.beginObject();
    assertMiss(in::hasNext);
  }

  @Test
  void missesBrokenStructure() {
    for (String json :
        List.of(
            "[1 2]",
            "[1,]",
            "[,1]",
            "[1",
            "[1}",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{\"a\":1 \"b\":2}",
            "{,\"a\":1}",
            "{\"a\":1",
            "{\"a\"}",
            "{1:1}",
            "{'a':1}",
            "{a:1}",
            "[1]]")) {
      assertMiss(() -> skipDocument(in(json)));
      assertThrows(Exception.class, () -> MOSHI.adapter(Object.class).fromJson(json));
    }
  }

  /** Skips the value and checks nothing but whitespace follows it. */
  private static void skipDocument(JsonInput in) {
    in.skipValue();
    in.endFrame();
  }

  @Test
  void missesStructureCallsOutOfPlace() {
    assertMiss(() -> in("1").hasNext());
    JsonInput array = in("[]");
    array.beginArray();
    assertMiss(array::endObject);
    JsonInput object = in("{\"a\":1}");
    object.beginObject();
    assertMiss(object::endObject); // a member is left
  }

  @Test
  void missesNestingDeeperThanTheLimit() {
    JsonInput in = new JsonTextInput(2).reset("[[1]]".getBytes(StandardCharsets.US_ASCII));
    in.beginArray();
    in.hasNext();
    in.beginArray();
    in.hasNext();
    assertThat(in.nextInt()).isEqualTo(1);
    new JsonTextInput(2).reset("[[1]]".getBytes(StandardCharsets.US_ASCII)).skipValue();
    new JsonTextInput(2).reset("{\"a\":{}}".getBytes(StandardCharsets.US_ASCII)).skipValue();

    JsonInput deep = new JsonTextInput(2).reset("[[[1]]]".getBytes(StandardCharsets.US_ASCII));
    deep.beginArray();
    deep.hasNext();
    deep.beginArray();
    deep.hasNext();
    assertMiss(deep::beginArray);
    assertMiss(
        () ->
            new JsonTextInput(2).reset("[[[1]]]".getBytes(StandardCharsets.US_ASCII)).skipValue());
    assertMiss(
        () ->
            new JsonTextInput(2)
                .reset("{\"a\":{\"b\":[]}}".getBytes(StandardCharsets.US_ASCII))
                .skipValue());
    JsonInput skipping = new JsonTextInput(2).reset("[[[1]]]".getBytes(StandardCharsets.US_ASCII));
    skipping.beginArray();
    skipping.hasNext();
    assertMiss(skipping::skipValue);
  }

  @Test
  void readsDeeperThanTheFirstStack() {
    String json = "[".repeat(100) + "]".repeat(100);
    JsonInput in = new JsonTextInput(100).reset(json.getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < 99; i++) {
      in.beginArray();
      assertThat(in.hasNext()).isTrue();
    }
    in.beginArray();
    assertThat(in.hasNext()).isFalse();
    for (int i = 0; i < 100; i++) {
      in.endArray();
    }
    in.endFrame();
  }

  // frame mode

  private static final String FRAME_USER = "mike";

  /** Reads a frame whose payload has the one member "user", as a generated codec would. */
  private static String readUser(JsonInput in) {
    String user = null;
    in.beginObject();
    while (in.hasNext()) {
      if (in.selectName(USER) == 0) {
        user = in.nextString();
      } else {
        in.skipValue();
      }
    }
    in.endObject();
    in.endFrame();
    return user;
  }

  private static String frame(JsonInput in, String json) {
    return in.beginFrame(json.getBytes(StandardCharsets.UTF_8), JsonNames.of());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"action\":\"post\",\"request_id\":8,\"user\":\"mike\"}",
        "{\"user\":\"mike\",\"request_id\":8,\"action\":\"post\"}",
        "{\"request_id\":8,\"user\":\"mike\",\"action\":\"post\"}",
        " \n{ \"action\" : \"post\" ,\t\"user\" :\"mike\",\r\"request_id\" : 8 } \n\t\r"
      })
  void readsTheActionAndRequestIdWhereverTheyStand(String json) {
    JsonInput in = new JsonTextInput(8);
    assertThat(frame(in, json)).isEqualTo("post");
    assertThat(readUser(in)).isEqualTo(FRAME_USER);
    assertThat(in.requestId()).isEqualTo(8);
  }

  @Test
  void neverAnnouncesTheFrameMembers() {
    JsonInput in = new JsonTextInput(8);
    frame(in, "{\"action\":\"post\",\"request_id\":8}");
    in.beginObject();
    assertThat(in.hasNext()).isFalse();
    in.endObject();
    in.endFrame();
  }

  @Test
  void interceptsOnlyInTheFrameObject() {
    JsonInput in = new JsonTextInput(8);
    frame(in, "{\"p\":{\"action\":1,\"request_id\":\"x\"},\"action\":\"a\"}");
    in.beginObject();
    assertThat(in.hasNext()).isTrue();
    assertThat(in.name()).isEqualTo("p");
    in.beginObject();
    assertThat(in.hasNext()).isTrue();
    assertThat(in.name()).isEqualTo("action");
    assertThat(in.nextInt()).isEqualTo(1);
    assertThat(in.hasNext()).isTrue();
    assertThat(in.name()).isEqualTo("request_id");
    assertThat(in.nextString()).isEqualTo("x");
    assertThat(in.hasNext()).isFalse();
    in.endObject();
    assertThat(in.hasNext()).isFalse();
    in.endObject();
    in.endFrame();
    assertThat(in.requestId()).isEqualTo(1);
  }

  @Test
  void skipsAFrameWithoutPayload() {
    JsonInput in = new JsonTextInput(8);
    assertThat(frame(in, "{\"x\":[1,{\"y\":null}],\"action\":\"ping\",\"request_id\":-7}"))
        .isEqualTo("ping");
    in.skipFrame();
    in.endFrame();
    assertThat(in.requestId()).isEqualTo(-7);
  }

  @Test
  void startsEachFrameAfresh() {
    JsonInput in = new JsonTextInput(8);
    frame(in, "{\"action\":\"a\",\"request_id\":5}");
    in.skipFrame();
    in.endFrame();
    assertThat(in.requestId()).isEqualTo(5);
    frame(in, "{\"action\":\"b\"}");
    in.skipFrame();
    in.endFrame();
    assertThat(in.requestId()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "-7", "0", "999999999999999999", "-999999999999999999"})
  void takesIntegerRequestIds(String requestId) {
    JsonInput in = new JsonTextInput(8);
    frame(in, "{\"action\":\"a\",\"request_id\":" + requestId + "}");
    in.skipFrame();
    in.endFrame();
    assertThat(in.requestId()).isEqualTo(Long.parseLong(requestId));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"7.0", "\"7\"", "1e2", "-0", "1000000000000000000", "null", "07", "7x", "-", "[]"})
  void missesOtherRequestIds(String requestId) {
    JsonInput in = new JsonTextInput(8);
    frame(in, "{\"action\":\"a\",\"request_id\":" + requestId + "}");
    assertMiss(in::skipFrame);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"user\":\"mike\"}", // no action
        "{\"action\":7}",
        "{\"action\":null}",
        "{\"action\":[\"a\"]}",
        "{\"user\":\"mike\",\"action\":{}}",
        "[\"action\",\"a\"]",
        "\"action\"",
        "",
        "  ",
        "{\"p\":{\"action\":\"a\"}}", // only a nested one
      })
  void missesFramesWithoutAStringAction(String json) {
    assertMiss(() -> frame(new JsonTextInput(8), json));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"action\":\"a\",\"action\":\"a\"}",
        "{\"action\":\"a\",\"action\":7}",
        "{\"request_id\":1,\"action\":\"a\",\"request_id\":1}",
        "{\"action\":\"a\",\"request_id\":1,\"request_id\":2}",
        "{\"action\":\"a\",}",
        "{\"action\":\"a\" \"user\":\"mike\"}",
        "{\"action\":\"a\"", // unterminated
      })
  void missesDuplicatesAndBrokenFrames(String json) {
    JsonInput in = new JsonTextInput(8);
    frame(in, json);
    assertMiss(in::skipFrame);
    JsonInput payload = new JsonTextInput(8);
    frame(payload, json);
    assertMiss(() -> readUser(payload));
  }

  @ParameterizedTest
  @ValueSource(strings = {" x", "{}", "\u000c", ",", "\u0000", "/"})
  void missesAnythingButWhitespaceAfterTheFrame(String trailing) {
    JsonInput in = new JsonTextInput(8);
    frame(in, "{\"action\":\"a\"}" + trailing);
    in.skipFrame();
    assertMiss(in::endFrame);
  }

  @Test
  void missesAFrameDeeperThanTheLimit() {
    assertMiss(() -> frame(new JsonTextInput(2), "{\"x\":[[1]],\"action\":\"a\"}"));
    JsonInput in = new JsonTextInput(2);
    frame(in, "{\"action\":\"a\",\"x\":[[1]]}");
    assertMiss(in::skipFrame);
  }

  @Test
  void aKnownActionIsTheVeryStringOfTheNames() {
    String message = new String("message"); // not the literal, so sameness means it came back
    JsonNames actions = JsonNames.of("echo", message);
    JsonInput in = new JsonTextInput(8);
    byte[] frame =
        "{\"request_id\":3,\"action\":\"message\",\"x\":1}".getBytes(StandardCharsets.UTF_8);
    assertThat(in.beginFrame(frame, actions)).isSameInstanceAs(message);
    in.skipFrame();
    in.endFrame();
    assertThat(in.requestId()).isEqualTo(3);
    // An action the names lack, or one written with an escape, is read as a new String.
    byte[] other = "{\"action\":\"ping\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(in.beginFrame(other, actions)).isEqualTo("ping");
    byte[] escaped = "{\"action\":\"ech\\u006f\"}".getBytes(StandardCharsets.UTF_8);
    String echo = in.beginFrame(escaped, actions);
    assertThat(echo).isEqualTo("echo");
    assertThat(echo).isNotSameInstanceAs("echo");
  }
}
