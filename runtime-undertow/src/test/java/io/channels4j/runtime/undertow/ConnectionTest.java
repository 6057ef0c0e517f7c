package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.runtime.undertow.ProtocolTest.error;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.runtime.undertow.fixtures.GuardedImpl;
import io.channels4j.runtime.undertow.fixtures.RelayImpl;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Handshake checks, connect-time permissions, room sizes, throttles and relays. */
class ConnectionTest {
  private static ChannelServer server;

  @BeforeAll
  static void start() {
    server =
        ChannelServer.builder()
            .port(0)
            .mount(new ChatImpl())
            .mount(new GuardedImpl())
            .mount(new RelayImpl())
            .authenticator(token -> token == null || token.equals("bad") ? null : () -> token)
            .tokenQueryParameter("auth")
            .tokenCookie("sid")
            .allowedOrigins("https://good.example")
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void originOutsideTheAllowListIs403BeforeTheUpgrade() throws IOException {
    WsClient.Refused refused =
        assertThrows(
            WsClient.Refused.class,
            () ->
                WsClient.connect(
                    server.port(), "/chat/o?auth=alice", Map.of("Origin", "https://evil.example")));
    assertThat(refused.status).isEqualTo(403);
    try (WsClient ok =
        WsClient.connect(
            server.port(), "/chat/o?auth=alice", Map.of("Origin", "https://good.example"))) {
      ProtocolTest.assertAlive(ok);
    }
  }

  @Test
  void tokenNamesAreConfigurableAndAMissingTokenIs401() throws IOException {
    assertThat(
            assertThrows(WsClient.Refused.class, () -> WsClient.connect(server.port(), "/chat/a"))
                .status)
        .isEqualTo(401);
    assertThat(
            assertThrows(
                    WsClient.Refused.class,
                    () -> WsClient.connect(server.port(), "/chat/a?token=alice"))
                .status)
        .isEqualTo(401);
    try (WsClient c = WsClient.connect(server.port(), "/chat/a", Map.of("Cookie", "sid=dora"))) {
      c.sendText("{\"action\":\"whoami\"}");
      assertThat(c.receive()).contains("\"data\":\"dora|a|");
    }
  }

  @Test
  void deniedAtConnectGetsAnErrorFrameAndClose1002() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), "/guarded/p?auth=mallory")) {
      assertThat(c.receive()).isEqualTo(error("Permission Denied", 1));
      assertThat(c.awaitClose()).isEqualTo(1002);
    }
    try (WsClient c = WsClient.connect(server.port(), "/guarded/p?auth=alice")) {
      c.sendText("{\"action\":\"hello\"}");
      assertThat(c.receive()).contains("\"data\":\"hello alice\"}");
    }
  }

  @Test
  void roomOverMaxConnectionsIsRefusedWith1013() throws IOException {
    try (WsClient a = WsClient.connect(server.port(), "/guarded/full?auth=alice");
        WsClient b = WsClient.connect(server.port(), "/guarded/full?auth=bob")) {
      a.sendText("{\"action\":\"hello\"}");
      assertThat(a.receive()).contains("hello alice");
      b.sendText("{\"action\":\"hello\"}");
      assertThat(b.receive()).contains("hello bob");
      try (WsClient c = WsClient.connect(server.port(), "/guarded/full?auth=carol")) {
        assertThat(c.receive())
            .isEqualTo(
                error(
                    "The current number of channel connections is greater than the maximum"
                        + " number of connections",
                    1));
        assertThat(c.awaitClose()).isEqualTo(1013);
      }
      // Another room of the same channel has its own count.
      try (WsClient d = WsClient.connect(server.port(), "/guarded/other?auth=carol")) {
        d.sendText("{\"action\":\"hello\"}");
        assertThat(d.receive()).contains("hello carol");
      }
    }
  }

  @Test
  void wholeChannelThrottleCountsEveryFrameAndByDefaultStaysOpen() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), "/guarded/throttle?auth=alice")) {
      c.sendText("{\"action\":\"hello\"}");
      assertThat(c.receive()).contains("hello alice");
      c.sendText("{\"action\":\"nope\"}"); // counted even though the action does not exist
      assertThat(c.receive()).isEqualTo(error("nope", "Action Not Exist", 1));
      c.sendText("{\"action\":\"hello\"}");
      assertThat(c.receive()).contains("hello alice");
      for (int i = 0; i < 2; i++) {
        c.sendText("{\"action\":\"hello\",\"request_id\":4}");
        assertThat(c.receive())
            .matches(".*\"request_id\":4,.*Too Many Requests. Retry after (59|60) seconds.*");
      }
    }
  }

  @Test
  void userScopedLimitIsSharedAcrossConnectionsOfOnePrincipal() throws IOException {
    try (WsClient a = WsClient.connect(server.port(), "/guarded/u1?auth=erin");
        WsClient b = WsClient.connect(server.port(), "/guarded/u2?auth=erin");
        WsClient other = WsClient.connect(server.port(), "/guarded/u3?auth=frank")) {
      a.sendText("{\"action\":\"per_user\"}");
      assertThat(a.receive()).contains("user ok");
      b.sendText("{\"action\":\"per_user\"}");
      assertThat(b.receive()).contains("Too Many Requests");
      other.sendText("{\"action\":\"per_user\"}");
      assertThat(other.receive()).contains("user ok");
    }
  }

  @Test
  void addressScopedLimitIsSharedAcrossPrincipals() throws IOException {
    try (WsClient a = WsClient.connect(server.port(), "/guarded/a1?auth=gina");
        WsClient b = WsClient.connect(server.port(), "/guarded/a2?auth=hank")) {
      a.sendText("{\"action\":\"per_address\"}");
      assertThat(a.receive()).contains("address ok");
      b.sendText("{\"action\":\"per_address\"}");
      assertThat(b.receive()).contains("Too Many Requests");
    }
  }

  @Test
  void relayRebroadcastsTextUnchangedAndItsThrottleCloses1002() throws IOException {
    try (WsClient a = WsClient.connect(server.port(), "/relay/r?auth=alice");
        WsClient elsewhere = WsClient.connect(server.port(), "/relay/s?auth=carol")) {
      a.sendText("hi"); // frames run after the join, so a is in the room when it gets this back
      assertThat(a.receive()).isEqualTo("hi");
      try (WsClient b = WsClient.connect(server.port(), "/relay/r?auth=bob")) {
        b.sendText("ready");
        assertThat(b.receive()).isEqualTo("ready");
        assertThat(a.receive()).isEqualTo("ready");
        String[] frames = {"not json at all {", "[1,2]"};
        for (String frame : frames) {
          a.sendText(frame);
          assertThat(a.receive()).isEqualTo(frame);
          assertThat(b.receive()).isEqualTo(frame);
        }
        a.sendText("one too many"); // a's fourth frame within the minute
        assertThat(a.receive()).matches(".*Too Many Requests. Retry after (59|60) seconds.*");
        assertThat(a.awaitClose()).isEqualTo(1002);
        b.sendText("{\"action\":\"x\",\"n\":1}");
        assertThat(b.receive()).isEqualTo("{\"action\":\"x\",\"n\":1}");
      }
      elsewhere.sendText("still here");
      assertThat(elsewhere.receive()).isEqualTo("still here");
    }
  }

  @Test
  void descriptorsListTheMountedChannels() {
    assertThat(server.descriptors().stream().map(d -> d.path()).toList())
        .containsExactly("/chat/{topic}", "/guarded/{room}", "/relay/{name}")
        .inOrder();
    assertThat(server.descriptors().get(1).maxConnections()).isEqualTo(2);
  }
}
