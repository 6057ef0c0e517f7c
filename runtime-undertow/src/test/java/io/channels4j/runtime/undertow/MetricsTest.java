package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.runtime.undertow.LifecycleTest.await;

import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.testing.WsClient;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each metric moves when its event happens, read as Prometheus scrapes it, from the server's own
 * endpoint, over real HTTP, for events caused over real sockets.
 */
class MetricsTest {
  private static final String CHAT = "channel=\"/chat/{topic}\"";

  private static ChannelServer server;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    server =
        ChannelServer.builder()
            .port(0)
            .mount(new ChatImpl())
            .authenticator(token -> () -> token == null ? "anonymous" : token)
            .maxQueuedBytes(64 * 1024)
            .metrics(registry)
            .metricsEndpoint("/metrics", registry::scrape)
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static String scrape() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/metrics"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    return response.body();
  }

  /** The value of the sample {@code name} whose labels include every one of {@code labels}. */
  private static double value(String name, String... labels) throws Exception {
    for (String line : scrape().split("\n")) {
      if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
        continue;
      }
      boolean matches = true;
      for (String label : labels) {
        matches &= line.contains(label);
      }
      if (matches) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return 0;
  }

  @Test
  void connectionsOpenedOpenAndClosedByCode() throws Exception {
    double opened = value("channels4j_connections_opened_total", CHAT);
    double closedNormally = value("channels4j_connections_closed_total", CHAT, "code=\"4001\"");
    WsClient client = WsClient.connect(server.port(), "/chat/m1");
    client.fence();
    assertThat(value("channels4j_connections_opened_total", CHAT)).isEqualTo(opened + 1);
    assertThat(value("channels4j_connections_open")).isAtLeast(1.0);
    client.sendText("{\"action\":\"bye\"}"); // the handler closes with 4001
    assertThat(client.awaitClose()).isEqualTo(4001);
    client.close();
    await(
        "the close counted",
        () ->
            value("channels4j_connections_closed_total", CHAT, "code=\"4001\"")
                == closedNormally + 1);
  }

  @Test
  void aResetIsCountedAs1006() throws Exception {
    double resets = value("channels4j_connections_closed_total", CHAT, "code=\"1006\"");
    WsClient client = WsClient.connect(server.port(), "/chat/m2");
    client.fence();
    client.reset();
    await(
        "the reset counted",
        () -> value("channels4j_connections_closed_total", CHAT, "code=\"1006\"") == resets + 1);
  }

  @Test
  void framesInAndOutHandlerTimeAndErrors() throws Exception {
    try (WsClient client = WsClient.connect(server.port(), "/chat/m3")) {
      client.fence();
      double in = value("channels4j_frames_in_total", CHAT, "action=\"echo\"");
      double out = value("channels4j_frames_out_total", CHAT);
      double timed = value("channels4j_handler_seconds_count", CHAT, "action=\"echo\"");
      double unknown = value("channels4j_frames_in_total", CHAT, "action=\"unknown\"");
      double errors = value("channels4j_errors_total", CHAT, "error=\"Action Not Exist\"");
      client.sendText("{\"action\":\"echo\",\"user\":\"a\",\"message\":\"b\"}");
      assertThat(client.receive()).contains("\"action\":\"echo\"");
      client.fence(); // an unknown action: "fence"
      assertThat(value("channels4j_frames_in_total", CHAT, "action=\"echo\"")).isEqualTo(in + 1);
      assertThat(value("channels4j_handler_seconds_count", CHAT, "action=\"echo\""))
          .isEqualTo(timed + 1);
      assertThat(value("channels4j_frames_in_total", CHAT, "action=\"unknown\""))
          .isEqualTo(unknown + 1); // a made-up name is no tag of its own
      assertThat(value("channels4j_errors_total", CHAT, "error=\"Action Not Exist\""))
          .isEqualTo(errors + 1);
      assertThat(value("channels4j_frames_out_total", CHAT)).isEqualTo(out + 2);
    }
  }

  @Test
  void limitRejectionsAndBrokerPublishesAndHealth() throws Exception {
    try (WsClient client = WsClient.connect(server.port(), "/chat/m4?token=limits")) {
      client.fence();
      double rejected = value("channels4j_limit_rejections_total", CHAT, "action=\"limited\"");
      for (int i = 0; i < 3; i++) {
        client.sendText("{\"action\":\"limited\"}");
        client.receive();
      }
      assertThat(value("channels4j_limit_rejections_total", CHAT, "action=\"limited\""))
          .isEqualTo(rejected + 1);

      double published = value("channels4j_broker_publish_seconds_count");
      client.sendText("{\"action\":\"message\",\"user\":\"a\",\"message\":\"hi\"}");
      client.receive();
      // Timed once the broker returns, which may be after its local delivery reached the client.
      await(
          "the publish timed",
          () -> value("channels4j_broker_publish_seconds_count") == published + 1);
      assertThat(value("channels4j_broker_healthy")).isEqualTo(1.0);
    }
  }

  @Test
  void aSlowClientClosedIsCountedAndQueuedBytesAreAGauge() throws Exception {
    double slow = value("channels4j_slow_clients_closed_total", CHAT);
    try (WsClient reader = WsClient.connect(server.port(), "/chat/m5-sender");
        WsClient stalled = WsClient.connect(server.port(), "/chat/m5", Map.of(), 4096)) {
      reader.fence();
      stalled.fence(); // joined; from now on it reads nothing
      String text = "x".repeat(4096);
      for (int i = 0; i < 10_000 && server.slowClientsClosed() == 0; i++) {
        // Into the stalled client's room only; the sender gets nothing back.
        reader.sendText("{\"action\":\"shout\",\"room\":\"chat:m5\",\"text\":\"" + text + "\"}");
        if (i % 100 == 99) {
          reader.fence(); // paced by the server's answers, not by time
        }
      }
      await("the slow client counted", () -> server.slowClientsClosed() >= 1);
      assertThat(value("channels4j_slow_clients_closed_total", CHAT)).isEqualTo(slow + 1);
      assertThat(scrape()).contains("channels4j_outbound_queued_bytes");
    }
  }
}
