package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.runtime.undertow.fixtures.RelayImpl;
import io.channels4j.testing.WsClient;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One builder started twice gives two servers that share nothing. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BuilderReuseTest {
  @Test
  void eachServerOfAReusedBuilderServesItsOwnConnections() throws Exception {
    ChannelServer.Builder builder = ChannelServer.builder().port(0).mount(new ChatImpl());
    try (ChannelServer first = builder.start();
        ChannelServer second = builder.start();
        WsClient a = WsClient.connect(first.port(), "/chat/lobby");
        WsClient b = WsClient.connect(second.port(), "/chat/lobby")) {
      // Each server's room has one member, counted by that server's own broker.
      a.sendText("{\"action\":\"count\",\"request_id\":1}");
      assertThat(a.receive()).endsWith("\"request_id\":1,\"status\":\"ok\",\"data\":1}");
      b.sendText("{\"action\":\"count\",\"request_id\":2}");
      assertThat(b.receive()).endsWith("\"request_id\":2,\"status\":\"ok\",\"data\":1}");
      assertThat(first.openConnections()).isEqualTo(1);
      assertThat(second.openConnections()).isEqualTo(1);

      // A broadcast on the first server reaches its member only.
      a.sendText("{\"action\":\"message\",\"request_id\":3,\"user\":\"a\",\"message\":\"hi\"}");
      assertThat(a.receive()).contains("a: hi");
      ProtocolTest.assertAlive(b); // the fence: b got nothing before its echo

      // Stopping the second server leaves the first one's client connected.
      second.stop();
      assertThat(b.awaitClose()).isEqualTo(1001);
      ProtocolTest.assertAlive(a);
      assertThat(first.openConnections()).isEqualTo(1);
    }
  }

  @Test
  void aServerKeepsTheMountsItStartedWith() throws Exception {
    ChannelServer.Builder builder = ChannelServer.builder().port(0).mount(new ChatImpl());
    try (ChannelServer first = builder.start()) {
      builder.mount(new RelayImpl());
      try (ChannelServer second = builder.start()) {
        assertThat(first.descriptors()).hasSize(1);
        assertThat(second.descriptors()).hasSize(2);
        WsClient.Refused refused =
            assertThrows(WsClient.Refused.class, () -> WsClient.connect(first.port(), "/relay/x"));
        assertThat(refused.status).isEqualTo(404);
        try (WsClient relay = WsClient.connect(second.port(), "/relay/x")) {
          relay.sendText("{\"fence\":1}");
          assertThat(relay.receive()).isEqualTo("{\"fence\":1}");
        }
      }
    }
  }
}
