package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.runtime.undertow.ProtocolTest.error;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.undertow.fixtures.AuctionChannel;
import io.channels4j.runtime.undertow.fixtures.AuctionImpl;
import io.channels4j.testing.Await;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Handler parameters over real sockets: each kind reaches the handler, and each way one can be
 * wrong gets its answer: a bad path parameter of an action or of the join event, a principal of the
 * wrong type or none, an attribute of the wrong type, a type nobody provided.
 */
class HandlerParametersTest {
  private static final String ID = "123e4567-e89b-12d3-a456-426614174000";
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1000), ZoneOffset.UTC);

  private final AuctionImpl auction = new AuctionImpl();

  /** A server whose authenticator makes a Bidder of every token but "stranger". */
  private ChannelServer.Builder builder() {
    return ChannelServer.builder()
        .port(0)
        .authenticator(
            token -> token.equals("stranger") ? () -> "stranger" : new AuctionChannel.Bidder(token))
        .mount(auction);
  }

  private static String joined(String color, String bidder) {
    return "{\"type\":\"joined\",\"color\":\"" + color + "\",\"bidder\":\"" + bidder + "\"}";
  }

  @Test
  void everyKindReachesTheHandlerInItsPlace() throws IOException {
    try (ChannelServer server = builder().provide(Clock.class, CLOCK).start()) {
      try (WsClient c = WsClient.connect(server.port(), "/auction/42/RED/" + ID + "?token=alice")) {
        assertThat(c.receive()).isEqualTo(joined("RED", "alice"));
        c.sendText("{\"action\":\"bid\",\"request_id\":9,\"amount\":5}");
        assertThat(c.receive())
            .isEqualTo(
                "{\"type\":\"response\",\"action\":\"bid\",\"request_id\":9,\"status\":\"ok\","
                    + "\"data\":{\"lot\":42,\"bidder\":\"alice\",\"requestId\":9,\"amount\":5,"
                    + "\"id\":\""
                    + ID
                    + "\"}}");
        c.sendText("{\"action\":\"look\",\"request_id\":2}");
        assertThat(c.receive()).isEqualTo(look(2, "RED", null, 1000));
        c.sendText("{\"action\":\"seen\",\"count\":3,\"asText\":false}");
        c.sendText("{\"action\":\"look\",\"request_id\":3}");
        assertThat(c.receive()).isEqualTo(look(3, "RED", 3, 1000));
      }
      Await.until(30, "the leave event", () -> auction.leaves.contains("alice@1000"));
    }
  }

  private static String look(long requestId, String color, Integer seen, long millis) {
    return "{\"type\":\"response\",\"action\":\"look\",\"request_id\":"
        + requestId
        + ",\"status\":\"ok\",\"data\":{\"color\":\""
        + color
        + "\""
        + (seen == null ? "" : ",\"seen\":" + seen)
        + ",\"millis\":"
        + millis
        + "}}";
  }

  @Test
  void aSupplierIsAskedOnEveryCall() throws IOException {
    AtomicLong calls = new AtomicLong();
    try (ChannelServer server =
            builder()
                .provide(
                    Clock.class,
                    () ->
                        Clock.fixed(Instant.ofEpochMilli(calls.incrementAndGet()), ZoneOffset.UTC))
                .start();
        WsClient c = WsClient.connect(server.port(), "/auction/42/GREEN/" + ID + "?token=bob")) {
      assertThat(c.receive()).isEqualTo(joined("GREEN", "bob"));
      c.sendText("{\"action\":\"look\"}");
      assertThat(c.receive()).isEqualTo(look(1, "GREEN", null, 1));
      c.sendText("{\"action\":\"look\"}");
      assertThat(c.receive()).isEqualTo(look(1, "GREEN", null, 2));
    }
  }

  @Test
  void anActionsBadPathParameterIsAParseErrorOfThatFrame() throws IOException {
    try (ChannelServer server = builder().provide(Clock.class, CLOCK).start();
        WsClient c = WsClient.connect(server.port(), "/auction/abc/RED/" + ID + "?token=alice")) {
      assertThat(c.receive()).isEqualTo(joined("RED", "alice")); // the join takes no {lot}
      c.sendText("{\"action\":\"bid\",\"request_id\":7,\"amount\":5}");
      assertThat(c.receive())
          .isEqualTo(
              error("bid", "Parse Error: Path parameter 'lot' must be a long, but is 'abc'", 7));
      c.sendText("{\"action\":\"look\",\"request_id\":8}");
      assertThat(c.receive()).isEqualTo(look(8, "RED", null, 1000)); // the socket stays open
    }
  }

  @Test
  void aJoinEventsBadPathParameterRefusesTheConnection() throws IOException {
    try (ChannelServer server = builder().provide(Clock.class, CLOCK).start();
        WsClient c = WsClient.connect(server.port(), "/auction/42/BLUE/" + ID + "?token=alice")) {
      assertThat(c.receive())
          .isEqualTo(
              error(
                  "Parse Error: Path parameter 'color' must be one of RED, GREEN, but is 'BLUE'",
                  1));
      assertThat(c.awaitClose()).isEqualTo(1008);
      Await.until(30, "no open connections", () -> server.openConnections() == 0);
    }
    assertThat(auction.leaves).isEmpty(); // it never joined
  }

  @Test
  void aPrincipalOfAnotherTypeIsRefusedAtConnect() throws IOException {
    try (ChannelServer server = builder().provide(Clock.class, CLOCK).start();
        WsClient c = WsClient.connect(server.port(), "/auction/42/RED/" + ID + "?token=stranger")) {
      assertThat(c.receive()).isEqualTo(error("Unauthorized", 1));
      assertThat(c.awaitClose()).isEqualTo(1008);
    }
    assertThat(auction.leaves).isEmpty();
  }

  @Test
  void noPrincipalAtAllIsRefusedAtConnect() throws IOException {
    try (ChannelServer server =
            ChannelServer.builder().port(0).mount(auction).provide(Clock.class, CLOCK).start();
        WsClient c = WsClient.connect(server.port(), "/auction/42/RED/" + ID)) {
      assertThat(c.receive()).isEqualTo(error("Unauthorized", 1));
      assertThat(c.awaitClose()).isEqualTo(1008);
    }
  }

  @Test
  void anAttributeOfAnotherTypeIsAnInternalErrorThatNamesNoClass() throws IOException {
    try (ChannelServer server = builder().provide(Clock.class, CLOCK).start();
        WsClient c = WsClient.connect(server.port(), "/auction/42/RED/" + ID + "?token=alice")) {
      assertThat(c.receive()).isEqualTo(joined("RED", "alice"));
      c.sendText("{\"action\":\"seen\",\"count\":3,\"asText\":true}");
      c.sendText("{\"action\":\"look\",\"request_id\":4}");
      assertThat(c.receive()).isEqualTo(error("look", "Internal Error", 4));
    }
  }

  @Test
  void aTypeNobodyProvidedFailsTheStartNamingChannelMethodAndType() {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> builder().start());
    assertThat(refused)
        .hasMessageThat()
        .isEqualTo(
            "Channel io.channels4j.runtime.undertow.fixtures.AuctionChannel"
                + " (/auction/{lot}/{color}/{id}): look() takes a @Provided java.time.Clock, but"
                + " none was provided; call provide(java.time.Clock.class, value) on the builder"
                + " before start()");
  }
}
