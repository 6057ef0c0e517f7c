package io.channels4j.runtime.undertow.frame;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.ParseError;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FrameHeadTest {
  private static FrameHead scan(String json, int depth) {
    return new FrameHead().scan(json.getBytes(StandardCharsets.UTF_8), depth);
  }

  private static String error(String json, int depth) {
    return assertThrows(ParseError.class, () -> scan(json, depth)).errors(Locale.ROOT);
  }

  @Test
  void findsActionAndRequestIdAnywhere() {
    FrameHead head = scan("{\"a\":{\"action\":\"no\"},\"request_id\":7,\"action\":\"go\"}", 8);
    assertThat(head.action()).isEqualTo("go");
    assertThat(head.requestId()).isEqualTo(7);
    FrameHead none = scan("{}", 8);
    assertThat(none.action()).isNull();
    assertThat(none.requestId()).isEqualTo(1);
  }

  @Test
  void decodesEscapesInNamesAndAction() {
    FrameHead head = scan("{\"\\u0061ction\":\"g\\u00f6 \\\"on\\\"\",\"request\\u005fid\":9}", 8);
    assertThat(head.action()).isEqualTo("gö \"on\"");
    assertThat(head.requestId()).isEqualTo(9);
  }

  @Test
  void requestIdIsAJsonIntegerThatFitsALong() {
    assertThat(scan("{\"request_id\":-9223372036854775808}", 8).requestId())
        .isEqualTo(Long.MIN_VALUE);
    assertThat(scan("{\"request_id\":9223372036854775807}", 8).requestId())
        .isEqualTo(Long.MAX_VALUE);
    assertThat(scan("{\"request_id\":-0}", 8).requestId()).isEqualTo(0);
    for (String notInteger : new String[] {"7.0", "1e2", "\"7\"", "\"+7\"", "true", "{}", "[]"}) {
      FrameHead head = new FrameHead();
      byte[] frame =
          ("{\"request_id\":5,\"request_id\":" + notInteger + "}").getBytes(StandardCharsets.UTF_8);
      assertThrows(ParseError.class, () -> head.scan(frame, 8));
      assertThat(head.requestId()).isEqualTo(1);
    }
    assertThat(error("{\"request_id\":\"7\"}", 8))
        .isEqualTo("Parse Error: Expected a long but was STRING at path $.request_id");
    assertThat(error("{\"request_id\":7.0}", 8))
        .isEqualTo("Parse Error: Expected a long but was 7.0 at path $.request_id");
    assertThat(error("{\"request_id\":7.5}", 8))
        .isEqualTo("Parse Error: Expected a long but was 7.5 at path $.request_id");
    assertThat(error("{\"request_id\":9223372036854775808}", 8))
        .isEqualTo("Parse Error: Expected a long but was 9223372036854775808 at path $.request_id");
    assertThat(error("{\"request_id\":null}", 8))
        .isEqualTo("Parse Error: Expected a long but was NULL at path $.request_id");
  }

  @Test
  void depthLimitCountsTheOuterObjectAsOne() {
    scan("{\"a\":[[1]]}", 3);
    assertThat(error("{\"a\":[[[1]]]}", 3))
        .isEqualTo("Parse Error: JSON nested deeper than 3 levels at path $.a[0][0]");
    assertThat(error("{\"user\":\"mike\",\"deep\":[1,{\"b\":[[1]]}]}", 3))
        .isEqualTo("Parse Error: JSON nested deeper than 3 levels at path $.deep[1].b");
  }

  @Test
  void aTooDeepValueIsReportedWithTheRequestIdThatFollowsIt() {
    String deep = "[".repeat(34) + "]".repeat(34);
    FrameHead head = new FrameHead();
    ParseError error =
        assertThrows(
            ParseError.class,
            () -> {
              String json = "{\"x\":" + deep + ",\"request_id\":12,\"action\":\"go\"}";
              head.scan(json.getBytes(StandardCharsets.UTF_8), 32);
            });
    assertThat(error.errors(Locale.ROOT))
        .isEqualTo("Parse Error: JSON nested deeper than 32 levels at path $.x" + "[0]".repeat(31));
    assertThat(head.requestId()).isEqualTo(12);
    assertThat(head.action()).isEqualTo("go");
    // The first error wins: a non-string action before the deep value, or the deep value before it.
    assertThat(error("{\"action\":" + deep + ",\"request_id\":12}", 32))
        .isEqualTo("Parse Error: Expected a string but was BEGIN_ARRAY at path $.action");
    assertThat(error("{\"x\":" + deep + ",\"action\":7}", 32))
        .startsWith("Parse Error: JSON nested deeper than 32 levels at path $.x[0]");
  }

  @Test
  void depthLimitIsAtMostMoshis() {
    String deep = "{\"x\":" + "[".repeat(255) + "]".repeat(255) + "}";
    assertThat(error(deep, 1000)).startsWith("Parse Error: JSON nested deeper than 255 levels");
  }

  @Test
  void rejectsWhatIsNotOneObject() {
    assertThat(error("[]", 8))
        .isEqualTo("Parse Error: Expected a JSON object but was BEGIN_ARRAY at path $");
    assertThat(error("", 8)).isEqualTo("Parse Error: Unexpected end of input at path $");
    assertThat(error("{\"a\":1", 8)).startsWith("Parse Error: ");
    assertThat(error("{} {}", 8))
        .isEqualTo("Parse Error: Expected one JSON object but found more at path $");
    assertThat(error("{\"request_id\":\"x\"}", 8))
        .isEqualTo("Parse Error: Expected a long but was STRING at path $.request_id");
    assertThat(error("{\"a\":[1,{\"b\":01}]}", 8))
        .isEqualTo("Parse Error: Malformed JSON at path $.a[1].b");
  }

  @Test
  void acceptsWhatMoshisStrictReaderAccepts() {
    // Keywords in any case, \' and an escaped line feed, raw control characters in strings.
    scan("{\"a\":[TRUE,False,nUlL],\"b\":\"\\'\\\n\t\"}", 8);
    // But no NaN, leading zeros, comments, single quotes or trailing commas.
    for (String json :
        new String[] {"{\"a\":NaN}", "{\"a\":01}", "{}//", "{'a':1}", "{\"a\":1,}", "{}\f"}) {
      assertThat(error(json, 8)).startsWith("Parse Error: ");
    }
  }

  @Test
  void aNonStringActionStillEchoesTheRequestIdThatFollowsIt() {
    for (String action : new String[] {"5", "null", "true", "{}", "[]", "[{\"request_id\":3}]"}) {
      FrameHead head = new FrameHead();
      byte[] frame =
          ("{\"action\":" + action + ",\"x\":[1],\"request_id\":100}")
              .getBytes(StandardCharsets.UTF_8);
      ParseError error = assertThrows(ParseError.class, () -> head.scan(frame, 8));
      assertThat(error.errors(Locale.ROOT)).startsWith("Parse Error: Expected a string but was ");
      assertThat(error.errors(Locale.ROOT)).endsWith(" at path $.action");
      assertThat(head.requestId()).isEqualTo(100);
    }
    // The first error in the frame is the one reported; a later one ends the scan all the same.
    FrameHead head = new FrameHead();
    byte[] broken = "{\"action\":5,\"request_id\":8,\"x\":[}".getBytes(StandardCharsets.UTF_8);
    ParseError error = assertThrows(ParseError.class, () -> head.scan(broken, 8));
    assertThat(error.errors(Locale.ROOT))
        .isEqualTo("Parse Error: Expected a string but was NUMBER at path $.action");
    assertThat(head.requestId()).isEqualTo(8);
  }

  @Test
  void keepsWhatWasReadBeforeAFailure() {
    FrameHead head = new FrameHead();
    byte[] frame = "{\"action\":\"go\",\"request_id\":12,\"x\":[}".getBytes(StandardCharsets.UTF_8);
    assertThrows(ParseError.class, () -> head.scan(frame, 8));
    assertThat(head.action()).isEqualTo("go");
    assertThat(head.requestId()).isEqualTo(12);
  }
}
