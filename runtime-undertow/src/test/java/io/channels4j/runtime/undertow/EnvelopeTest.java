package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.undertow.fixtures.SignalChannel;
import io.channels4j.runtime.undertow.fixtures.TicketChannel;
import io.channels4j.testing.WsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Channels whose frames have the user's shape ({@code @Envelope}), over a real socket: custom
 * routing and correlation names, a payload in a member, and a response record used for every
 * response, acknowledgement and error frame, on both codec paths.
 */
class EnvelopeTest {
  private static ChannelServer server;
  private WsClient tickets;

  @BeforeAll
  static void start() {
    server =
        ChannelServer.builder()
            .port(0)
            .mount(new TicketChannel() {})
            .mount(new SignalChannel() {})
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void connect() throws Exception {
    tickets = WsClient.connect(server.port(), "/tickets/" + System.nanoTime());
  }

  @AfterEach
  void close() {
    tickets.close();
  }

  private String ask(String frame) throws Exception {
    tickets.sendText(frame);
    return tickets.receive();
  }

  private static String ok(String action, long requestId, String data) {
    return "{\"action\":\""
        + action
        + "\",\"request_id\":"
        + requestId
        + ",\"status\":\"ok\""
        + (data == null ? "" : ",\"data\":" + data)
        + "}";
  }

  private static String bad(String action, long requestId, String errors) {
    return "{"
        + (action == null ? "" : "\"action\":\"" + action + "\",")
        + "\"request_id\":"
        + requestId
        + ",\"status\":\"bad\",\"errors\":\""
        + errors
        + "\"}";
  }

  @Test
  void aReplyIsWrappedInTheResponseRecordOnBothPaths() throws Exception {
    // Routing member first, plain strings: the byte-level codecs read it.
    assertThat(
            ask(
                "{\"type\":\"open\",\"id\":7,\"data\":{\"type\":\"bug\",\"title\":\"p\",\"seats\":2}}"))
        .isEqualTo(ok("open", 7, "{\"number\":20,\"title\":\"p\"}"));
    // An escape Moshi tolerates and the fast path leaves to it, the payload first.
    assertThat(ask("{\"data\":{\"title\":\"p\\'\",\"seats\":1},\"id\":8,\"type\":\"open\"}"))
        .isEqualTo(ok("open", 8, "{\"number\":10,\"title\":\"p'\"}"));
    // A second payload member: Moshi reads the first, the fast path leaves the frame to it.
    assertThat(
            ask(
                "{\"type\":\"open\",\"id\":9,\"data\":{\"title\":\"a\",\"seats\":1},"
                    + "\"data\":{\"title\":\"b\",\"seats\":2}}"))
        .isEqualTo(ok("open", 9, "{\"number\":10,\"title\":\"a\"}"));
  }

  @Test
  void aPayloadMemberMayHoldAnyValue() throws Exception {
    assertThat(ask("{\"type\":\"shout\",\"id\":6,\"data\":\"hi\"}"))
        .isEqualTo(ok("shout", 6, "\"HI\""));
    assertThat(ask("{\"data\":\"h\\'\",\"type\":\"shout\",\"id\":7}"))
        .isEqualTo(ok("shout", 7, "\"H'\""));
  }

  @Test
  void anAcknowledgementLeavesItsNullDataOut() throws Exception {
    assertThat(ask("{\"type\":\"close\",\"id\":3}")).isEqualTo(ok("close", 3, null));
    // An action without payload ignores a payload member, whatever it holds.
    assertThat(ask("{\"type\":\"close\",\"id\":4,\"data\":[1,\"x\"]}"))
        .isEqualTo(ok("close", 4, null));
  }

  @Test
  void aStageIsAnsweredInTheResponseRecord() throws Exception {
    assertThat(ask("{\"type\":\"later\",\"id\":5,\"data\":{\"title\":\"t\",\"seats\":0}}"))
        .isEqualTo(ok("later", 5, "{\"number\":0,\"title\":\"t\"}"));
  }

  @Test
  void everyErrorOfAnActionIsInTheResponseRecord() throws Exception {
    assertThat(ask("{\"type\":\"nope\",\"id\":11}")).isEqualTo(bad("nope", 11, "Action Not Exist"));
    assertThat(ask("{\"id\":12,\"action\":\"open\"}")).isEqualTo(bad(null, 12, "Action Not Exist"));
    assertThat(ask("{\"type\":\"old\",\"id\":13}"))
        .isEqualTo(bad("old", 13, "The action 'old' is deprecated."));
    assertThat(ask("{\"type\":\"secret\",\"id\":14}"))
        .isEqualTo(bad("secret", 14, "Permission Denied"));
    assertThat(ask("{\"type\":\"once\",\"id\":15}")).isEqualTo(ok("once", 15, null));
    assertThat(ask("{\"type\":\"once\",\"id\":16}"))
        .matches(
            "\\{\"action\":\"once\",\"request_id\":16,\"status\":\"bad\","
                + "\"errors\":\"Too Many Requests. Retry after \\d+ seconds.\"}");
    assertThat(ask("{\"type\":\"boom\",\"id\":17}")).isEqualTo(bad("boom", 17, "Internal Error"));
    assertThat(ask("{\"type\":\"refuse\",\"id\":18}"))
        .isEqualTo(
            "{\"action\":\"refuse\",\"request_id\":18,\"status\":\"bad\","
                + "\"data\":{\"number\":3,\"title\":\"t\"},\"errors\":\"Sold out\","
                + "\"reason\":\"sold_out\"}");
    assertThat(ask("{\"type\":\"open\",\"id\":19,\"data\":{\"title\":\" \",\"seats\":1}}"))
        .isEqualTo(
            "{\"action\":\"open\",\"request_id\":19,\"status\":\"bad\","
                + "\"data\":[{\"path\":\"title\",\"message\":\"must not be blank\"}],"
                + "\"errors\":\"Validation Error\"}");
  }

  @Test
  void hostileFramesGetErrorFramesWithTheirRequestId() throws Exception {
    assertThat(ask("{\"type\":\"open\",\"id\":21}"))
        .isEqualTo(bad("open", 21, "Parse Error: Required value 'data' missing at $"));
    assertThat(ask("{\"type\":\"open\",\"id\":22,\"data\":\"x\"}"))
        .isEqualTo(
            bad("open", 22, "Parse Error: Expected BEGIN_OBJECT but was STRING at path $.data"));
    assertThat(ask("{\"type\":\"open\",\"id\":23,\"data\":null}"))
        .isEqualTo(bad("open", 23, "Parse Error: Non-null value 'data' was null at $.data"));
    assertThat(ask("{\"type\":\"shout\",\"id\":28,\"data\":null}"))
        .isEqualTo(bad("shout", 28, "Parse Error: Non-null value 'data' was null at $.data"));
    assertThat(ask("{\"type\":\"shout\",\"id\":29,\"data\":{}}"))
        .isEqualTo(
            bad("shout", 29, "Parse Error: Expected a string but was BEGIN_OBJECT at path $.data"));
    assertThat(ask("{\"data\":{\"title\":5,\"seats\":1},\"type\":\"open\",\"id\":24}"))
        .isEqualTo(
            bad("open", 24, "Parse Error: Expected a string but was NUMBER at path $.data.title"));
    assertThat(ask("{\"type\":\"open\",\"id\":25,\"data\":{\"title\":\"t\"}}"))
        .isEqualTo(bad("open", 25, "Parse Error: Required value 'seats' missing at $.data"));
    assertThat(ask("{\"type\":5,\"id\":26}"))
        .isEqualTo(bad(null, 26, "Parse Error: Expected a string but was NUMBER at path $.type"));
    assertThat(ask("{\"type\":\"open\",\"id\":\"7\",\"data\":{}}"))
        .startsWith("{\"request_id\":1,\"status\":\"bad\",\"errors\":\"Parse Error: ");
    assertThat(ask("[1]"))
        .startsWith("{\"request_id\":1,\"status\":\"bad\",\"errors\":\"Parse Error: ");
    tickets.sendBinary(new byte[] {1});
    assertThat(tickets.receive()).isEqualTo(bad(null, 1, "Unsupported Data"));
    assertThat(ask("{\"type\":\"close\",\"id\":27}"))
        .isEqualTo(ok("close", 27, null)); // still open
  }

  @Test
  void aFrameTooBigIsAnsweredInTheResponseRecordBeforeTheClose() throws Exception {
    ChannelServer small =
        ChannelServer.builder().port(0).maxFrameBytes(64).mount(new TicketChannel() {}).start();
    try (WsClient client = WsClient.connect(small.port(), "/tickets/big")) {
      client.sendText(
          "{\"type\":\"open\",\"id\":1,\"data\":{\"title\":\"" + "x".repeat(80) + "\"}}");
      assertThat(client.receive()).isEqualTo(bad(null, 1, "Message Too Big"));
      assertThat(client.awaitClose()).isEqualTo(1009);
    } finally {
      small.stop();
    }
  }

  @Test
  void historyFollowsTheRoutingNameAndTheResponseRecord() throws Exception {
    tickets.sendText("{\"type\":\"post\",\"id\":2,\"data\":{\"title\":\"kept\",\"seats\":0}}");
    String broadcast = tickets.receive();
    assertThat(broadcast).matches("\\{\"id\":\"\\d+-\\d+\",\"number\":1,\"title\":\"kept\"}");
    assertThat(ask("{\"type\":\"history\",\"id\":3,\"data\":{\"limit\":5}}"))
        .isEqualTo(ok("history", 3, "{\"messages\":[" + broadcast + "],\"next\":null}"));
    assertThat(ask("{\"type\":\"history\",\"id\":4}"))
        .isEqualTo(ok("history", 4, "{\"messages\":[" + broadcast + "],\"next\":null}"));
    assertThat(ask("{\"type\":\"history\",\"id\":5,\"data\":{\"limit\":0}}"))
        .isEqualTo(bad("history", 5, "Parse Error: limit must be at least 1 at $.data.limit"));
  }

  @Test
  void theDefaultFramesNameTheActionAndRequestIdAsTheClientDoes() throws Exception {
    try (WsClient signals = WsClient.connect(server.port(), "/signals")) {
      signals.sendText("{\"op\":\"level\",\"seq\":4,\"value\":3,\"action\":\"up\"}");
      assertThat(signals.receive())
          .isEqualTo(
              "{\"type\":\"response\",\"op\":\"level\",\"seq\":4,\"status\":\"ok\",\"data\":\"up3\"}");
      // The Moshi path: the routing member last, after an escape it tolerates.
      signals.sendText("{\"seq\":5,\"action\":\"\\'\",\"value\":1,\"op\":\"level\"}");
      assertThat(signals.receive())
          .isEqualTo(
              "{\"type\":\"response\",\"op\":\"level\",\"seq\":5,\"status\":\"ok\",\"data\":\"'1\"}");
      signals.sendText("{\"op\":\"ping\",\"seq\":6}");
      assertThat(signals.receive())
          .isEqualTo(
              "{\"type\":\"response\",\"op\":\"ping\",\"seq\":6,\"status\":\"ok\",\"data\":null}");
      signals.sendText("{\"action\":\"level\",\"seq\":7}");
      assertThat(signals.receive())
          .isEqualTo(
              "{\"type\":\"response\",\"status\":\"bad\",\"seq\":7,\"data\":null,"
                  + "\"errors\":\"Action Not Exist\"}");
      signals.sendText("{\"op\":\"level\",\"seq\":8,\"value\":true}");
      assertThat(signals.receive())
          .isEqualTo(
              "{\"type\":\"response\",\"op\":\"level\",\"status\":\"bad\",\"seq\":8,\"data\":null,"
                  + "\"errors\":\"Parse Error: Expected an int but was BOOLEAN at path $.value\"}");
    }
  }
}
