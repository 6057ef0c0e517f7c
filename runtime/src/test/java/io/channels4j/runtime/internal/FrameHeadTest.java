package io.channels4j.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.ParseError;
import java.util.Locale;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class FrameHeadTest {
  private static FrameHead scan(String json, int depth) {
    return new FrameHead().scan(new Buffer().writeUtf8(json), depth);
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
  void depthLimitCountsTheOuterObjectAsOne() {
    scan("{\"a\":[[1]]}", 3);
    assertThat(error("{\"a\":[[[1]]]}", 3))
        .isEqualTo("Parse Error: JSON nested deeper than 3 levels at path $.a[0][0]");
  }

  @Test
  void rejectsWhatIsNotOneObject() {
    assertThat(error("[]", 8))
        .isEqualTo("Parse Error: Expected a JSON object but was BEGIN_ARRAY at path $");
    assertThat(error("", 8)).isEqualTo("Parse Error: Unexpected end of input at path $");
    assertThat(error("{\"a\":1", 8)).startsWith("Parse Error: ");
    assertThat(error("{} {}", 8)).startsWith("Parse Error: ");
    assertThat(error("{\"request_id\":\"x\"}", 8))
        .isEqualTo("Parse Error: Expected a long but was x at path $.request_id");
  }

  @Test
  void scanningABufferLeavesItsBytesForThePayload() {
    String json = "{\"user\":\"mike\",\"action\":\"go\",\"deep\":[[[1]]]}";
    Buffer frame = new Buffer().writeUtf8(json);
    assertThat(new FrameHead().scan(frame, 8).action()).isEqualTo("go");
    assertThat(frame.readUtf8()).isEqualTo(json);
    Buffer deep = new Buffer().writeUtf8(json);
    String errors =
        assertThrows(ParseError.class, () -> new FrameHead().scan(deep, 3)).errors(Locale.ROOT);
    assertThat(errors)
        .isEqualTo("Parse Error: JSON nested deeper than 3 levels at path $.deep[0][0]");
    assertThat(deep.readUtf8()).isEqualTo(json);
  }
}
