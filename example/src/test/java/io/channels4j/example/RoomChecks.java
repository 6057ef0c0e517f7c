package io.channels4j.example;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.Await;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.util.Map;

/** After hostile traffic: nothing was left behind in the rooms, and new clients are served. */
final class RoomChecks {
  private RoomChecks() {}

  /**
   * Waits until the server holds no connection, then checks that two new clients fill {@code
   * /person} exactly ({@code count} says 2, a third is refused with 1013), that {@code /group}
   * greets and pages its history, and that {@code /base} relays.
   */
  static void assertServesFreshClients(ChannelServer server) throws IOException {
    Await.equals(10, "open connections", 0, server::openConnections);
    int port = server.port();
    try (WsClient alice = WsClient.connect(port, "/person")) {
      assertThat(countOf(alice)).isEqualTo(1);
      try (WsClient bob = WsClient.connect(port, "/person")) {
        assertThat(countOf(bob)).isEqualTo(2);
        assertThat(countOf(alice)).isEqualTo(2);
        try (WsClient carol = WsClient.connect(port, "/person")) {
          Map<String, Object> refused = JsonTree.parseObject(carol.receive());
          assertThat(refused.get("errors"))
              .isEqualTo(
                  "The current number of channel connections is greater than the maximum number"
                      + " of connections");
          assertThat(carol.awaitClose()).isEqualTo(1013);
        }
      }
    }
    try (WsClient dave = WsClient.connect(port, "/group")) {
      assertThat(JsonTree.parseObject(dave.receive()))
          .containsEntry("message", "Join successfully");
      dave.sendText("{\"action\":\"history\",\"request_id\":5,\"limit\":1}");
      Map<String, Object> page = JsonTree.parseObject(dave.receive());
      assertThat(page).containsEntry("status", "ok");
      assertThat(page).containsEntry("action", "history");
    }
    try (WsClient erin = WsClient.connect(port, "/base")) {
      erin.sendText("still here");
      assertThat(erin.receive()).isEqualTo("still here");
    }
    Await.equals(10, "open connections at the end", 0, server::openConnections);
  }

  /**
   * Stops {@code server}, failing if that takes longer than {@code seconds}: a stop that hangs (an
   * I/O thread that never finishes) must fail the suite, not stall it.
   */
  static void stopWithin(ChannelServer server, long seconds) {
    Thread stopper = new Thread(server::stop, "stop-example-server");
    stopper.setDaemon(true);
    stopper.start();
    try {
      stopper.join(seconds * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertWithMessage("server stopped within %s s", seconds).that(stopper.isAlive()).isFalse();
  }

  private static int countOf(WsClient client) throws IOException {
    client.sendText("{\"action\":\"count\",\"request_id\":3}");
    Map<String, Object> answer = JsonTree.parseObject(client.receive());
    assertWithMessage("count answer %s", answer).that(answer).containsEntry("status", "ok");
    return ((java.math.BigDecimal) answer.get("data")).intValueExact();
  }
}
