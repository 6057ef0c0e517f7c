package io.channels4j.runtime.undertow.frame;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.channels4j.runtime.FrameEnvelope;
import io.channels4j.runtime.ParseError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds {@link FrameHead} to what Moshi's strict reader decided ({@link MoshiFrameHead}): the same
 * frames accepted, the same {@code action} and {@code request_id}, also those read before a
 * failure.
 */
class FrameHeadDifferentialTest {
  /**
   * The starts of the messages that must stay as they were; other syntax errors may be worded
   * otherwise, and their paths name what Moshi left out (it says {@code $.null} past a skipped
   * value).
   */
  private static final List<String> SAME_MESSAGES =
      List.of(
          "Expected a JSON object but was ",
          "Expected a string but was ",
          "Expected a long but was ",
          "JSON nested deeper than ");

  private static final String[] EDGE_CASES = {
    "",
    " ",
    "{}",
    " {} \n\t\r",
    "{}\f",
    "\f{}",
    "{} {}",
    "{}x",
    "{}/",
    "{}#",
    "{}\0",
    "{",
    "}",
    "[]",
    "[ ]",
    "\"s\"",
    "\"unterminated",
    "1",
    "-1 2",
    "true",
    "TRUE",
    "null",
    "tru",
    "x",
    "/*c*/{}",
    "{\"a\":1}//c",
    "{ }",
    "{\"a\" :1 }",
    "{\t\"a\"\n:\r1\t}",
    "{\f\"a\":1}",
    "{\u000b}",
    "{\u00a0}",
    "{a:1}",
    "{'a':1}",
    "{1:2}",
    "{,}",
    "{\"a\" 1}",
    "{\"a\"=1}",
    "{\"a\"=>1}",
    "{\"a\":1,}",
    "{\"a\":1;\"b\":2}",
    "{\"a\":[1,]}",
    "{\"a\":[,1]}",
    "{\"a\":[1;2]}",
    "{\"a\":[1 2]}",
    "{\"a\":{},}",
    "{\"a\"",
    "{\"a\":",
    "{\"a\":1",
    "{\"a\":[",
    "{\"a\":true",
    "{\"a\":true}",
    "{\"a\":TRUE}",
    "{\"a\":tRuE}",
    "{\"a\":Null}",
    "{\"a\":FALSE}",
    "{\"a\":truex}",
    "{\"a\":true\f}",
    "{\"a\":tru}",
    "{\"a\":nul",
    "{\"a\":NaN}",
    "{\"a\":Infinity}",
    "{\"a\":-Infinity}",
    "{\"a\":-}",
    "{\"a\":-0}",
    "{\"a\":01}",
    "{\"a\":-01}",
    "{\"a\":0.01}",
    "{\"a\":1.}",
    "{\"a\":.5}",
    "{\"a\":1e5}",
    "{\"a\":1E+5}",
    "{\"a\":1e}",
    "{\"a\":1e+}",
    "{\"a\":1.e3}",
    "{\"a\":1.5e-3}",
    "{\"a\":1e05}",
    "{\"a\":+1}",
    "{\"a\":0x1}",
    "{\"a\":1\f}",
    "{\"a\":1/}",
    "{\"a\":1#}",
    "{\"a\":1=}",
    "{\"a\":1;}",
    "{\"a\":1:}",
    "{\"a\":1e5x}",
    "{\"a\":1.5.5}",
    "{\"a\":--1}",
    "{\"a\":123456789012345678901234567890}",
    "{\"a\":18446744073709551616}",
    "{\"a\":184467440737095516160}",
    "{\"a\":-184467440737095516161}",
    "{\"a\":368934881474191032321}",
    "{\"a\":184467440737095516171}",
    "{\"a\":\"x\ny\"}",
    "{\"a\":\"\0\u007f\"}",
    "{\"a\":\"\\'\"}",
    "{\"a\":\"\\\n\"}",
    "{\"a\":\"\\\r\"}",
    "{\"a\":\"\\x\"}",
    "{\"a\":\"\\U0041\"}",
    "{\"a\":\"\\u00zz\"}",
    "{\"a\":\"\\u00\"}",
    "{\"a\":\"\\u\"}",
    "{\"a\":\"\\",
    "{\"a\":\"\\u12",
    "{\"a\":\"\\ud800\"}",
    "{\"a\":\"\\b\\f\\n\\r\\t\\\"\\\\\\/\"}",
    "{\"a\":'s'}",
    "{\"a\":s}",
    "{\"action\":\"go\"}",
    "{\"action\":\"\\u0067o\"}",
    "{\"\\u0061ction\":\"go\"}",
    "{\"action\":\"g\\no\"}",
    "{\"action\":\"\\'\"}",
    "{\"action\":\"h\u00e9\u4e16\ud83d\ude00\"}",
    "{\"action\":null}",
    "{\"action\":1}",
    "{\"action\":1x}",
    "{\"action\":1 x}",
    "{\"action\":{}}",
    "{\"action\":[]}",
    "{\"action\":tru}",
    "{\"action\":\"a\",\"action\":\"b\"}",
    "{\"action\":\"a\",\"action\":1}",
    "{\"actio\":\"a\"}",
    "{\"actions\":\"a\"}",
    "{\"a\":{\"action\":\"no\"},\"request_id\":7,\"action\":\"go\"}",
    "{\"request_id\":\"7\"}",
    "{\"request_id\":0,\"request_id\"", // ends after a second name: its default, 1, is echoed
    "{\"request_id\":\"+7\"}",
    "{\"request_id\":\" 7\"}",
    "{\"request_id\":\"7.0\"}",
    "{\"request_id\":\"1e2\"}",
    "{\"request_id\":\".5e1\"}",
    "{\"request_id\":\"\\u0037\"}",
    "{\"request_id\":\"\"}",
    "{\"request_id\":\"NaN\"}",
    "{\"request_id\":\"0x10\"}",
    "{\"request_id\":\"x\"}",
    "{\"request_id\":7.0}",
    "{\"request_id\":7.5}",
    "{\"request_id\":1e2}",
    "{\"request_id\":1E+2}",
    "{\"request_id\":1e-2}",
    "{\"request_id\":-0}",
    "{\"request_id\":-0.0}",
    "{\"request_id\":100000000000000000}",
    "{\"request_id\":-99999999999999999}",
    "{\"request_id\":999999999999999999}",
    "{\"request_id\":-999999999999999999}",
    "{\"request_id\":9223372036854775807}",
    "{\"request_id\":9223372036854775808}",
    "{\"request_id\":-9223372036854775808}",
    "{\"request_id\":-9223372036854775809}",
    "{\"request_id\":1e400}",
    "{\"request_id\":0e999999999999}",
    "{\"request_id\":1e999999999999}",
    "{\"request_id\":184467440737095516161}",
    "{\"request_id\":null}",
    "{\"request_id\":true}",
    "{\"request_id\":{}}",
    "{\"request_id\":[]}",
    "{\"request_id\":7x}",
    "{\"request_id\":3,\"request_id\":4}",
    "{\"request_id\":3,\"request_id\":\"x\"}",
    "{\"request_id\":3,\"x\":[[[[1]]]]}",
    "{\"x\":[[[[1]]]],\"request_id\":12}",
    "{\"action\":[[[[{\"k\":[1]}]]]],\"request_id\":12}",
    "{\"x\":[[[[\"]\\\"[\"]]]],\"request_id\":12,\"action\":\"go\"}",
    "{\"x\":[1,{\"a\":[[[]]],\"b\":[[[2]]]}],\"request_id\":12}",
    "{\"x\":[[[[1x]]]],\"request_id\":12}",
    "{\"x\":[[[[1]]],\"request_id\":12}",
    "{\"x\":[[[[}]]],\"request_id\":12}",
    "{\"x\":[[[[1]]]],\"request_id\":\"12\"}",
    "{\"x\":[[[[1]]]],\"action\":7,\"request_id\":12}",
    "{\"action\":7,\"x\":[[[[1]]]],\"request_id\":12}",
    "{\"request\\u005fid\":5}",
    "{\"x\":[[[1]]],\"request_id\":3}",
    "{\"x\":{\"y\":{\"z\":{}}}}",
    "{\"x\":[1,[2,[3]]]}",
    "{\"action\":5,\"request_id\":100}",
    "{\"action\":null,\"request_id\":100}",
    "{\"action\":true,\"request_id\":100}",
    "{\"action\":{},\"request_id\":100}",
    "{\"action\":[],\"request_id\":100}",
    "{\"action\":{\"request_id\":3},\"request_id\":100}",
    "{\"action\":[[[[[1]]]]],\"request_id\":100}",
    "{\"action\":5,\"action\":\"go\",\"request_id\":100}",
    "{\"action\":\"go\",\"action\":5,\"request_id\":100}",
    "{\"action\":5,\"request_id\":100,\"x\":[}",
    "{\"action\":5,\"request_id\":\"x\"}",
    "{\"action\":5,\"request_id\":100} {}",
    "{\"action\":5,\"request_id\":100",
    "{\"request_id\":100,\"action\":5}",
    "{\"request_id\":\"7\",\"action\":\"go\"}",
    "{\"request_id\":7,\"request_id\":7.0}",
  };

  @Test
  void agreesOnEdgeCases() {
    for (String frame : EDGE_CASES) {
      for (int maxDepth : new int[] {1, 3, 32}) {
        assertSameAsMoshi(frame.getBytes(StandardCharsets.UTF_8), maxDepth);
      }
    }
  }

  @Test
  void agreesOnMalformedUtf8() {
    byte[][] bad = {{(byte) 0x80}, {(byte) 0xc3}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xff}};
    for (byte[] bytes : bad) {
      for (String template :
          List.of(
              "{\"action\":\"#\"}",
              "{\"action\":\"a#b\\nc#\"}",
              "{\"#\":1}",
              "{\"action#\":1}",
              "{\"request_id\":\"#\"}",
              "{\"a\":#}",
              "#{}")) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        for (byte b : template.getBytes(StandardCharsets.UTF_8)) {
          if (b == '#') {
            frame.writeBytes(bytes);
          } else {
            frame.write(b);
          }
        }
        assertSameAsMoshi(frame.toByteArray(), 8);
      }
    }
  }

  @Test
  void agreesOnMoshisNestingLimit() {
    for (int depth : new int[] {254, 255, 256}) {
      String arrays = "[".repeat(depth - 1) + "]".repeat(depth - 1);
      String objects = "{\"k\":".repeat(depth - 2) + "{}" + "}".repeat(depth - 2);
      for (int maxDepth : new int[] {254, 255, 256, 1000}) {
        assertSameAsMoshi(("{\"x\":" + arrays + "}").getBytes(StandardCharsets.UTF_8), maxDepth);
        assertSameAsMoshi(("{\"x\":" + objects + "}").getBytes(StandardCharsets.UTF_8), maxDepth);
      }
    }
  }

  /** The first seed, and two more added when the fast path came to lean on this scan's answers. */
  @ParameterizedTest
  @ValueSource(longs = {20_240_611, 20_261_202, 20_261_203})
  void agreesOnRandomAndMutatedFrames(long seed) {
    agreesOnRandomAndMutatedFrames(seed, FrameEnvelope.DEFAULT);
  }

  /**
   * Under an {@code @Envelope}'s names: two of the random frames' member names route and correlate,
   * and "action" and "request_id" are members like any other.
   */
  @ParameterizedTest
  @ValueSource(longs = {20_261_204, 20_261_205})
  void agreesOnRandomAndMutatedFramesUnderOtherNames(long seed) {
    agreesOnRandomAndMutatedFrames(seed, new FrameEnvelope("user", "a", "", ""));
  }

  private static void agreesOnRandomAndMutatedFrames(long seed, FrameEnvelope envelope) {
    Random random = new Random(seed);
    int accepted = 0;
    int cases = 5000;
    for (int i = 0; i < cases; i++) {
      StringBuilder json = new StringBuilder();
      object(random, json, 1);
      byte[] frame = json.toString().getBytes(StandardCharsets.UTF_8);
      if (random.nextBoolean()) {
        frame = mutate(random, frame);
      }
      int maxDepth = new int[] {1, 2, 3, 5, 32}[random.nextInt(5)];
      if (assertSameAsMoshi(frame, maxDepth, envelope)) {
        accepted++;
      }
    }
    // Both kinds of frame must be well represented for the agreement to mean something.
    assertThat(accepted).isAtLeast(cases / 5);
    assertThat(accepted).isAtMost(cases * 4 / 5);
  }

  /** Returns whether the frame was accepted. */
  private static boolean assertSameAsMoshi(byte[] frame, int maxDepth) {
    return assertSameAsMoshi(frame, maxDepth, FrameEnvelope.DEFAULT);
  }

  private static boolean assertSameAsMoshi(byte[] frame, int maxDepth, FrameEnvelope envelope) {
    MoshiFrameHead expected = new MoshiFrameHead(envelope);
    FrameHead actual = new FrameHead(envelope);
    String expectedError = error(() -> expected.scan(frame, maxDepth));
    String actualError = error(() -> actual.scan(frame, maxDepth));
    String what =
        String.format(
            "frame %s at max depth %d%n  moshi: %s%n  scan:  %s",
            show(frame), maxDepth, expectedError, actualError);
    assertWithMessage(what).that(actualError == null).isEqualTo(expectedError == null);
    assertWithMessage(what).that(actual.action()).isEqualTo(expected.action);
    assertWithMessage(what).that(actual.requestId()).isEqualTo(expected.requestId);
    if (expectedError != null
        && (expectedError.equals("Unexpected end of input at path $")
            || SAME_MESSAGES.stream().anyMatch(expectedError::startsWith))) {
      assertWithMessage(what).that(actualError).isEqualTo(expectedError);
    }
    return expectedError == null;
  }

  private static String error(Supplier<?> scan) {
    try {
      scan.get();
      return null;
    } catch (ParseError e) {
      return e.errors(Locale.ROOT).substring("Parse Error: ".length());
    }
  }

  private static String show(byte[] frame) {
    StringBuilder out = new StringBuilder("\"");
    for (byte b : frame) {
      out.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b));
    }
    return out.append('"').toString();
  }

  // ---- the random frames: JSON made of the tokens the edge cases probe, some of them then broken

  private static final String[] NAMES = {
    "action", "request_id", "\\u0061ction", "request\\u005fid", "user", "a", "", "act", "actions"
  };

  private static final String[] SCALARS = {
    "0",
    "-0",
    "1",
    "-1",
    "7",
    "12.5",
    "7.0",
    "1e5",
    "1E+2",
    "-2.5e-3",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "18446744073709551616",
    "184467440737095516161",
    "true",
    "false",
    "null",
    "TRUE",
    "nUlL",
    "False",
    "\"\"",
    "\"go\"",
    "\"a\\u0041\"",
    "\"\\n\\t\\/\\'\\\"\\\\\"",
    "\"\\\n\"",
    "\"7\"",
    "\"+7\"",
    "\"1e2\"",
    "\" 7\"",
    "\"h\u00e9llo \ud83d\ude00\"",
    "\"\0\t\"",
    "\"\\ud83d\"",
  };

  /** The bytes a mutation inserts: JSON's structure, number and keyword parts, and non-JSON. */
  private static final byte[] ALPHABET =
      "{}[]:,\"\\ \t\n\r\f0123456789-+.eEtrufalsnTRUNu'/#;=x\0"
          .getBytes(StandardCharsets.ISO_8859_1);

  private static void object(Random random, StringBuilder json, int depth) {
    json.append('{');
    int members = random.nextInt(depth == 1 ? 5 : 3);
    for (int i = 0; i < members; i++) {
      whitespace(random, json.append(i == 0 ? "" : ","));
      json.append('"').append(NAMES[random.nextInt(NAMES.length)]).append('"');
      whitespace(random, json);
      whitespace(random, json.append(':'));
      value(random, json, depth + 1);
      whitespace(random, json);
    }
    json.append('}');
  }

  private static void value(Random random, StringBuilder json, int depth) {
    int kind = random.nextInt(depth > 6 ? 1 : 4);
    if (kind == 1) {
      object(random, json, depth);
    } else if (kind == 2) {
      json.append('[');
      int elements = random.nextInt(4);
      for (int i = 0; i < elements; i++) {
        whitespace(random, json.append(i == 0 ? "" : ","));
        value(random, json, depth + 1);
      }
      json.append(']');
    } else {
      json.append(SCALARS[random.nextInt(SCALARS.length)]);
    }
  }

  private static void whitespace(Random random, StringBuilder json) {
    if (random.nextInt(4) == 0) {
      json.append(" \t\n\r".charAt(random.nextInt(4)));
    }
  }

  /** Deletes, inserts, replaces or cuts off a byte or a few. */
  private static byte[] mutate(Random random, byte[] frame) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = random.nextInt(frame.length + 1);
    out.write(frame, 0, at);
    switch (random.nextInt(4)) {
      case 0: // delete
        at = Math.min(frame.length, at + 1 + random.nextInt(2));
        break;
      case 1: // insert
        out.write(pick(random));
        break;
      case 2: // replace, sometimes with a byte that is not UTF-8
        out.write(random.nextInt(8) == 0 ? 0x80 + random.nextInt(0x80) : pick(random));
        at = Math.min(frame.length, at + 1);
        break;
      default: // cut off
        return out.toByteArray();
    }
    out.write(frame, at, frame.length - at);
    return out.toByteArray();
  }

  private static int pick(Random random) {
    return ALPHABET[random.nextInt(ALPHABET.length)];
  }
}
