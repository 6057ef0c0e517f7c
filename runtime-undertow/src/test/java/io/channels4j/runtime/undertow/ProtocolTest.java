package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.ChannelException;
import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.runtime.undertow.fixtures.GuardedImpl;
import io.channels4j.runtime.undertow.fixtures.Notice;
import io.channels4j.runtime.undertow.fixtures.OutOfStock;
import io.channels4j.runtime.undertow.fixtures.RelayImpl;
import io.channels4j.runtime.undertow.fixtures.ShopException;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every row of docs/PROTOCOL.md against a real server on a free port, over real sockets. */
class ProtocolTest {
  private static final AtomicInteger topics = new AtomicInteger();
  private static ChannelServer server;
  private static ChatImpl chat;

  @BeforeAll
  static void start() {
    chat = new ChatImpl();
    server =
        ChannelServer.builder()
            .port(0)
            .mount(chat)
            .mount(new GuardedImpl())
            .mount(new RelayImpl())
            .authenticator(
                token -> "bad".equals(token) ? null : () -> token == null ? "anonymous" : token)
            .maxFrameBytes(64 * 1024)
            .maxJsonDepth(32)
            .exceptionHandler(ShopException.class, (ctx, e) -> ctx.reply(new Notice("shop", 0)))
            .exceptionHandler(
                OutOfStock.class,
                (ctx, e) -> {
                  throw new ChannelException("Sold out: " + e.getMessage())
                      .with("item", e.getMessage());
                })
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static String topic() {
    return "/chat/t" + topics.incrementAndGet();
  }

  /** The error frame of a frame that named no action, or was refused before it was read. */
  static String error(String text, long requestId) {
    return "{\"type\":\"response\",\"status\":\"bad\",\"request_id\":"
        + requestId
        + ",\"data\":null,\"errors\":\""
        + text
        + "\"}";
  }

  /** The error frame answering a frame that named {@code action}. */
  static String error(String action, String text, long requestId) {
    return "{\"type\":\"response\",\"action\":\""
        + action
        + "\",\"status\":\"bad\",\"request_id\":"
        + requestId
        + ",\"data\":null,\"errors\":\""
        + text
        + "\"}";
  }

  static String echo(long requestId) {
    return "{\"type\":\"response\",\"action\":\"echo\",\"request_id\":"
        + requestId
        + ",\"status\":\"ok\",\"data\":{\"user\":\"u\",\"message\":\"m\"}}";
  }

  /** Proves the socket still works: an echo round trip. */
  static void assertAlive(WsClient client) throws IOException {
    client.sendText("{\"action\":\"echo\",\"request_id\":99,\"user\":\"u\",\"message\":\"m\"}");
    assertThat(client.receive()).isEqualTo(echo(99));
  }

  @Test
  void returnValueIsAResponseEchoingRequestIdFromAnywhereInTheObject() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), topic())) {
      c.sendText("{\"user\":\"mike\",\"message\":\"hi\",\"request_id\":7,\"action\":\"echo\"}");
      assertThat(c.receive())
          .isEqualTo(
              "{\"type\":\"response\",\"action\":\"echo\",\"request_id\":7,\"status\":\"ok\","
                  + "\"data\":{\"user\":\"mike\",\"message\":\"hi\"}}");
      c.sendText("{\"action\":\"echo\",\"user\":\"u\",\"message\":\"m\",\"extra\":[1,{\"a\":2}]}");
      assertThat(c.receive()).isEqualTo(echo(1));
      c.sendText("{\"action\":\"count\",\"request_id\":3}");
      assertThat(c.receive())
          .isEqualTo(
              "{\"type\":\"response\",\"action\":\"count\",\"request_id\":3,\"status\":\"ok\","
                  + "\"data\":1}");
    }
  }

  @Test
  void broadcastReachesTheRoomOnlyWithoutEnvelope() throws IOException {
    String room = topic();
    try (WsClient a = WsClient.connect(server.port(), room);
        WsClient b = WsClient.connect(server.port(), room);
        WsClient other = WsClient.connect(server.port(), topic())) {
      assertAlive(b); // b has joined before a broadcasts
      a.sendText("{\"action\":\"message\",\"request_id\":5,\"user\":\"mike\",\"message\":\"hi\"}");
      String expected = "{\"text\":\"mike: hi\",\"count\":5}";
      assertThat(a.receive()).isEqualTo(expected);
      assertThat(b.receive()).isEqualTo(expected);
      assertAlive(other); // the first frame other sees is its own echo, not the broadcast
      a.sendText("{\"action\":\"count\"}");
      assertThat(a.receive()).contains("\"data\":2}");
    }
  }

  @Test
  void malformedFramesGetParseErrorsAndTheSocketGoesOn() throws IOException {
    String deep = "{\"action\":\"echo\",\"x\":" + "[".repeat(200) + "]".repeat(200) + "}";
    Map<String, String> cases =
        new java.util.LinkedHashMap<>(
            Map.of(
                "{not json",
                "Parse Error: ",
                "[1,2,3]",
                "Parse Error: Expected a JSON object but was BEGIN_ARRAY at path $",
                "\"just a string\"",
                "Parse Error: Expected a JSON object but was STRING at path $",
                "42",
                "Parse Error: Expected a JSON object but was NUMBER at path $",
                "{\"action\":\"echo\",\"user\":true,\"message\":\"m\"}",
                "Parse Error: Expected a string but was BOOLEAN at path $.user",
                "{\"action\":\"echo\",\"user\":\"u\"}",
                "Parse Error: Required value 'message' missing at $",
                deep,
                "Parse Error: JSON nested deeper than 32 levels at path $.x[0][0]",
                "{\"action\":\"echo\"} {}",
                "Parse Error: ",
                "{\"action\":5}",
                "Parse Error: Expected a string but was NUMBER at path $.action",
                "{\"action\":\"echo\",\"request_id\":\"seven\"}",
                "Parse Error: "));
    // A payload that does not fit its action answers that action; a frame refused before it was
    // routed answers none.
    java.util.Set<String> routed =
        java.util.Set.of(
            "{\"action\":\"echo\",\"user\":true,\"message\":\"m\"}",
            "{\"action\":\"echo\",\"user\":\"u\"}");
    try (WsClient c = WsClient.connect(server.port(), topic())) {
      for (Map.Entry<String, String> entry : cases.entrySet()) {
        c.sendText(entry.getKey());
        String reply = c.receive();
        assertThat(reply)
            .startsWith(
                "{\"type\":\"response\","
                    + (routed.contains(entry.getKey()) ? "\"action\":\"echo\"," : "")
                    + "\"status\":\"bad\",\"request_id\":1,");
        assertThat(reply).contains("\"errors\":\"" + entry.getValue().replace("$", "$"));
        assertAlive(c);
      }
      c.sendText("");
      assertThat(c.receive()).isEqualTo(error("Parse Error: Unexpected end of input at path $", 1));
      assertAlive(c);
      // A request_id read before the error is still echoed.
      c.sendText("{\"request_id\":12,\"action\":\"echo\",\"user\":\"u\"}");
      assertThat(c.receive())
          .isEqualTo(error("echo", "Parse Error: Required value 'message' missing at $", 12));
    }
  }

  @Test
  void binaryFrameIsUnsupportedData() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), topic())) {
      c.sendBinary(new byte[] {1, 2, 3, 4});
      assertThat(c.receive()).isEqualTo(error("Unsupported Data", 1));
      assertAlive(c);
    }
  }

  @Test
  void frameOverTheLimitIsMessageTooBigAndCloses1009() throws Exception {
    try (WsClient c = WsClient.connect(server.port(), topic())) {
      String huge =
          "{\"action\":\"echo\",\"user\":\"" + "x".repeat(200_000) + "\",\"message\":\"m\"}";
      Thread sender =
          new Thread(
              () -> {
                try {
                  c.sendText(huge);
                } catch (IOException ignored) {
                  // the server may close first
                }
              });
      sender.start();
      assertThat(c.receive()).isEqualTo(error("Message Too Big", 1));
      assertThat(c.awaitClose()).isEqualTo(1009);
      sender.join();
    }
    try (WsClient c = WsClient.connect(server.port(), topic())) {
      assertAlive(c); // the server goes on
    }
  }

  @Test
  void unknownMissingAndDeprecatedActions() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), topic())) {
      c.sendText("{\"action\":\"nope\",\"request_id\":4}");
      assertThat(c.receive()).isEqualTo(error("nope", "Action Not Exist", 4));
      c.sendText("{\"user\":\"u\"}");
      assertThat(c.receive()).isEqualTo(error("Action Not Exist", 1));
      c.sendText("{\"action\":\"legacy\",\"request_id\":2}");
      assertThat(c.receive()).isEqualTo(error("legacy", "The action 'legacy' is deprecated.", 2));
      assertAlive(c);
    }
  }

  @Test
  void actionPermissionsDenyWithoutClosing() throws IOException {
    try (WsClient anonymous = WsClient.connect(server.port(), topic());
        WsClient admin = WsClient.connect(server.port(), topic() + "?token=admin");
        WsClient bob = WsClient.connect(server.port(), topic(), Map.of("Cookie", "token=bob"))) {
      anonymous.sendText("{\"action\":\"secret\",\"request_id\":8}");
      assertThat(anonymous.receive()).isEqualTo(error("secret", "Permission Denied", 8));
      anonymous.sendText("{\"action\":\"either\"}");
      assertThat(anonymous.receive()).isEqualTo(error("either", "Permission Denied", 1));
      assertAlive(anonymous);

      admin.sendText("{\"action\":\"secret\"}");
      assertThat(admin.receive()).contains("\"status\":\"ok\",\"data\":\"top secret\"}");
      admin.sendText("{\"action\":\"either\"}");
      assertThat(admin.receive()).contains("\"data\":\"either ok\"}");
      admin.sendText("{\"action\":\"never\"}");
      assertThat(admin.receive()).isEqualTo(error("never", "Permission Denied", 1));

      bob.sendText("{\"action\":\"either\"}");
      assertThat(bob.receive()).contains("\"data\":\"either ok\"}");
      bob.sendText("{\"action\":\"secret\"}");
      assertThat(bob.receive()).isEqualTo(error("secret", "Permission Denied", 1));
      assertAlive(bob);
    }
  }

  @Test
  void actionLimitAnswersTooManyRequestsAndStaysOpen() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), topic())) {
      for (int i = 0; i < 2; i++) {
        c.sendText("{\"action\":\"limited\"}");
        assertThat(c.receive()).contains("\"data\":\"ok\"}");
      }
      c.sendText("{\"action\":\"limited\",\"request_id\":3}");
      assertThat(c.receive())
          .matches(
              "\\{\"type\":\"response\",\"action\":\"limited\",\"status\":\"bad\",\"request_id\":3,"
                  + "\"data\":null,"
                  + "\"errors\":\"Too Many Requests. Retry after (59|60) seconds.\"}");
      assertAlive(c);
    }
    try (WsClient fresh = WsClient.connect(server.port(), topic())) {
      fresh.sendText("{\"action\":\"limited\"}"); // the limit is per connection
      assertThat(fresh.receive()).contains("\"data\":\"ok\"}");
    }
  }

  @Test
  void handlerChannelExceptionsCarryReasonDataExtrasAndClose() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), topic())) {
      c.sendText("{\"action\":\"custom\",\"request_id\":6}");
      assertThat(c.receive())
          .isEqualTo(
              "{\"type\":\"response\",\"action\":\"custom\",\"status\":\"bad\",\"request_id\":6,"
                  + "\"data\":{\"text\":\"apple\",\"count\":3},\"errors\":\"Out of stock\","
                  + "\"reason\":\"sold_out\",\"code\":409}");
      assertAlive(c);
      c.sendText("{\"action\":\"fatal\"}");
      assertThat(c.receive()).isEqualTo(error("fatal", "Goodbye", 1));
      assertThat(c.awaitClose()).isEqualTo(4000);
    }
  }

  @Test
  void unexpectedExceptionIsInternalErrorWithNothingInternalSent() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), topic())) {
      c.sendText("{\"action\":\"boom\",\"request_id\":9}");
      String reply = c.receive();
      assertThat(reply).isEqualTo(error("boom", "Internal Error", 9));
      assertThat(reply).doesNotContain("kaboom");
      assertAlive(c);
    }
  }

  @Test
  void exceptionHandlerMostSpecificTypeWins() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), topic())) {
      c.sendText("{\"action\":\"mapped\",\"request_id\":2}");
      assertThat(c.receive())
          .isEqualTo(
              "{\"type\":\"response\",\"action\":\"mapped\",\"status\":\"bad\",\"request_id\":2,"
                  + "\"data\":null,\"errors\":\"Sold out: pear\",\"item\":\"pear\"}");
      assertAlive(c);
    }
  }

  @Test
  void typeWithoutGeneratedAdapterIsRefusedNotReflected() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), topic())) {
      c.sendText("{\"action\":\"unlisted\"}");
      String reply = c.receive();
      assertThat(reply).isEqualTo(error("unlisted", "Internal Error", 1));
      assertThat(reply).doesNotContain("should never");
      assertAlive(c);
    }
  }

  @Test
  void contextExposesHandshakeAndFrame() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), "/chat/lobby?token=alice")) {
      c.sendText("{\"action\":\"whoami\",\"request_id\":3}");
      assertThat(c.receive())
          .contains("\"data\":\"alice|lobby|chat:lobby|127.0.0.1|whoami|3|true\"}");
    }
    try (WsClient c =
        WsClient.connect(server.port(), topic(), Map.of("Authorization", "Bearer carol"))) {
      c.sendText("{\"action\":\"whoami\"}");
      assertThat(c.receive()).contains("\"data\":\"carol|");
    }
  }

  @Test
  void joinOtherRoomsReceiveTheirBroadcastsAndLeaveThem() throws IOException {
    String extra = "extra-" + topics.incrementAndGet();
    try (WsClient a = WsClient.connect(server.port(), topic());
        WsClient b = WsClient.connect(server.port(), topic())) {
      a.sendText("{\"action\":\"join\",\"room\":\"" + extra + "\",\"text\":\"join\"}");
      assertThat(a.receive()).isEqualTo("{\"text\":\"" + extra + "\",\"count\":1}");
      b.sendText("{\"action\":\"shout\",\"room\":\"" + extra + "\",\"text\":\"hey\"}");
      assertThat(a.receive()).isEqualTo("{\"text\":\"hey\",\"count\":0}");
      a.sendText("{\"action\":\"join\",\"room\":\"" + extra + "\",\"text\":\"leave\"}");
      assertThat(a.receive()).isEqualTo("{\"text\":\"" + extra + "\",\"count\":0}");
      b.sendText("{\"action\":\"shout\",\"room\":\"" + extra + "\",\"text\":\"gone\"}");
      assertAlive(b);
      assertAlive(a); // the shout did not reach a: its next frame is its own echo
    }
  }

  @Test
  void contextCloseSendsItsCode() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), topic())) {
      c.sendText("{\"action\":\"bye\"}");
      assertThat(c.awaitClose()).isEqualTo(4001);
    }
  }

  @Test
  void acceptLanguageChineseGivesChineseTexts() throws IOException {
    try (WsClient c =
        WsClient.connect(
            server.port(), topic(), Map.of("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))) {
      c.sendText("{\"action\":\"nope\"}");
      assertThat(c.receive()).isEqualTo(error("nope", "\u64cd\u4f5c\u4e0d\u5b58\u5728", 1));
      c.sendText("{\"action\":\"secret\"}");
      assertThat(c.receive()).isEqualTo(error("secret", "\u6743\u9650\u4e0d\u8db3", 1));
      c.sendBinary(new byte[] {1});
      assertThat(c.receive())
          .isEqualTo(error("\u4e0d\u652f\u6301\u7684\u6570\u636e\u7c7b\u578b", 1));
    }
    try (WsClient c =
        WsClient.connect(server.port(), topic(), Map.of("Accept-Language", "fr-FR,en;q=0.5"))) {
      c.sendText("{\"action\":\"nope\"}");
      assertThat(c.receive()).isEqualTo(error("nope", "Action Not Exist", 1));
    }
  }

  @Test
  void rejectedTokenIs401BeforeTheUpgrade() {
    WsClient.Refused refused =
        assertThrows(
            WsClient.Refused.class, () -> WsClient.connect(server.port(), topic() + "?token=bad"));
    assertThat(refused.status).isEqualTo(401);
  }
}
