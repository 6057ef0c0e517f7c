package io.channels4j.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HistoryIdTest {
  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void parsesPrintsAndOrdersLikeRedisStreamIds() {
    HistoryId id = HistoryId.parse("1732800000000-3");
    assertThat(id).isEqualTo(new HistoryId(1732800000000L, 3));
    assertThat(id.toString()).isEqualTo("1732800000000-3");
    assertThat(HistoryId.parse("9-0")).isLessThan(HistoryId.parse("10-0"));
    assertThat(HistoryId.parse("10-2")).isLessThan(HistoryId.parse("10-10"));
    for (String bad : new String[] {"", "-", "12", "-3", "1-", "a-1", "1-2-3", "1.5-0", "-1-0"}) {
      assertThrows(IllegalArgumentException.class, () -> HistoryId.parse(bad), bad);
    }
  }

  @Test
  void theNextIdGrowsEvenWhenTheClockStandsStillOrGoesBack() {
    HistoryId id = new HistoryId(1000, 0);
    assertThat(id.next(2000)).isEqualTo(new HistoryId(2000, 0));
    assertThat(id.next(1000)).isEqualTo(new HistoryId(1000, 1));
    assertThat(id.next(500)).isEqualTo(new HistoryId(1000, 1));
  }

  @Test
  void stampingSplicesTheIdFirstAndReadsItBack() {
    HistoryId id = new HistoryId(5, 1);
    HistoryEntry entry = HistoryEntry.stamped(id, bytes("{\"n\":1,\"s\":\"x\"}"));
    assertThat(entry.toString()).isEqualTo("{\"id\":\"5-1\",\"n\":1,\"s\":\"x\"}");
    assertThat(HistoryEntry.stamped(id, bytes("{}")).toString()).isEqualTo("{\"id\":\"5-1\"}");
    assertThat(HistoryId.ofFrame(ByteBuffer.wrap(entry.frame()))).isEqualTo(id);
    // Reading the id leaves the buffer as it was: the same view is sent afterwards.
    ByteBuffer frame = ByteBuffer.wrap(entry.frame());
    HistoryId.ofFrame(frame);
    assertThat(frame.remaining()).isEqualTo(entry.frame().length);
    assertThat(HistoryId.ofFrame(ByteBuffer.wrap(bytes("{\"n\":1}")))).isNull();
    assertThat(HistoryId.ofFrame(ByteBuffer.wrap(bytes("{\"id\":\"")))).isNull();
    // A raw text frame (ctx.broadcastText) may start like a kept message without being one.
    assertThat(HistoryId.ofFrame(ByteBuffer.wrap(bytes("{\"id\":\"not an id\"}")))).isNull();
  }

  @Test
  void onlyJsonObjectsCanCarryAnId() {
    for (String bad : new String[] {"\"text\"", "[1]", "42", "", "{"}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> HistoryEntry.stamped(new HistoryId(1, 0), bytes(bad)),
              bad);
      assertThat(e).hasMessageThat().contains("must encode to a JSON object");
    }
  }
}
