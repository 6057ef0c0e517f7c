package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonReader;
import io.channels4j.runtime.HistoryEntry;
import io.channels4j.runtime.HistoryId;
import io.channels4j.runtime.HistoryPage;
import io.channels4j.runtime.ParseError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class HistoryProtocolTest {
  private static HistoryProtocol.Request read(String frame) throws IOException {
    return HistoryProtocol.read(JsonReader.of(new Buffer().writeUtf8(frame)));
  }

  private static String parseError(String frame) {
    return assertThrows(ParseError.class, () -> read(frame)).errors(Locale.ENGLISH);
  }

  private static HistoryEntry entry(long millis, String json) {
    return HistoryEntry.stamped(new HistoryId(millis, 0), json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsCursorsAndCapsThePage() throws IOException {
    assertThat(read("{\"action\":\"history\",\"request_id\":3}"))
        .isEqualTo(new HistoryProtocol.Request(null, null, 50));
    HistoryProtocol.Request back = read("{\"before\":\"7-1\",\"limit\":10,\"action\":\"history\"}");
    assertThat(back).isEqualTo(new HistoryProtocol.Request(new HistoryId(7, 1), null, 10));
    assertThat(back.forward()).isFalse();
    HistoryProtocol.Request forward = read("{\"after\":\"0-0\",\"limit\":5000,\"x\":[1,{}]}");
    assertThat(forward).isEqualTo(new HistoryProtocol.Request(null, new HistoryId(0, 0), 100));
    assertThat(forward.forward()).isTrue();
  }

  @Test
  void refusesWhatIsNotAPageRequest() {
    assertThat(parseError("{\"limit\":0}"))
        .isEqualTo("Parse Error: limit must be at least 1 at $.limit");
    assertThat(parseError("{\"before\":\"yesterday\"}"))
        .isEqualTo("Parse Error: 'yesterday' is not a history id at $.before");
    assertThat(parseError("{\"before\":\"1-0\",\"after\":\"1-0\"}"))
        .isEqualTo("Parse Error: Give either before or after, not both");
  }

  @Test
  void aPageCarriesItsFramesAsTheyAreAndTheNextCursor() {
    HistoryPage page = new HistoryPage(List.of(entry(1, "{\"n\":1}"), entry(2, "{\"n\":2}")), true);
    assertThat(new String(HistoryProtocol.page(7, page, false), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"type\":\"response\",\"action\":\"history\",\"request_id\":7,\"status\":\"ok\","
                + "\"data\":{\"messages\":[{\"id\":\"1-0\",\"n\":1},{\"id\":\"2-0\",\"n\":2}],"
                + "\"next\":\"1-0\"}}");
    assertThat(new String(HistoryProtocol.page(7, page, true), StandardCharsets.UTF_8))
        .endsWith("\"next\":\"2-0\"}}");
    HistoryPage last = new HistoryPage(List.of(), false);
    assertThat(new String(HistoryProtocol.page(1, last, true), StandardCharsets.UTF_8))
        .endsWith("\"data\":{\"messages\":[],\"next\":null}}");
  }

  @Test
  void theRecoverAnswer() {
    assertThat(new String(HistoryProtocol.recovered(false, 12), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"type\":\"response\",\"action\":\"recover\",\"request_id\":1,\"status\":\"ok\","
                + "\"data\":{\"recovered\":false,\"replayed\":12}}");
  }
}
