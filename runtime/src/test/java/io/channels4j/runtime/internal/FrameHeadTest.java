package io.channels4j.runtime.internal;

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
    FrameHead head =
        scan("{\"\\u0061ction\":\"g\\u00f6 \\\"on\\\"\",\"request\\u005fid\":\"9\"}", 8);
    assertThat(head.action()).isEqualTo("gö \"on\"");
    assertThat(head.requestId()).isEqualTo(9);
  }

  @Test
  void readsRequestIdAsMoshisNextLong() {
    assertThat(scan("{\"request_id\":-9223372036854775808}", 8).requestId())
        .isEqualTo(Long.MIN_VALUE);
    assertThat(scan("{\"request_id\":7.0}", 8).requestId()).isEqualTo(7);
    assertThat(scan("{\"request_id\":1e2}", 8).requestId()).isEqualTo(100);
    assertThat(scan("{\"request_id\":\"+7\"}", 8).requestId()).isEqualTo(7);
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
        .isEqualTo("Parse Error: Expected a long but was x at path $.request_id");
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
  void keepsWhatWasReadBeforeAFailure() {
    FrameHead head = new FrameHead();
    byte[] frame = "{\"action\":\"go\",\"request_id\":12,\"x\":[}".getBytes(StandardCharsets.UTF_8);
    assertThrows(ParseError.class, () -> head.scan(frame, 8));
    assertThat(head.action()).isEqualTo("go");
    assertThat(head.requestId()).isEqualTo(12);
  }
}
