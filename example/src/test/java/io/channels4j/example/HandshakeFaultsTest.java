package io.channels4j.example;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.Await;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Clients that go away, or go silent, around the 101 leave nothing counted behind. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HandshakeFaultsTest {
  private ChannelServer server;

  @BeforeEach
  void start() {
    server = ChatExample.start(0, ChatExample.DEFAULT_BROKER);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void aHandshakeLeftHalfSentIsNotAConnection() throws IOException {
    try (Socket silent = new Socket()) {
      silent.connect(new InetSocketAddress("localhost", server.port()), 5000);
      OutputStream out = silent.getOutputStream();
      out.write("GET /person HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // Two members fit: the silent client holds no place in the room.
      try (WsClient member = WsClient.connect(server.port(), "/person")) {
        member.sendText("{\"action\":\"message\",\"user\":\"m\",\"message\":\"in\"}");
        assertThat(member.receive()).contains("\"message\":\"in\"");
        assertThat(ChaosTest.personCount(server.port())).isEqualTo(2);
      }
      silent.setSoLinger(true, 0);
    }
    Await.equals(10, "open connections", 0, server::openConnections);
  }

  @Test
  void aClientThatResetsBeforeReadingThe101IsNotCounted() throws IOException {
    for (int i = 0; i < 5; i++) {
      ChaosClient.resetBeforeTheUpgrade(server.port());
    }
    // The member's handshake, sent after the resets, is handled after theirs.
    try (WsClient member = ChaosTest.join(server.port(), "/group")) {
      Await.equals(10, "open connections besides the member", 1, server::openConnections);
    }
    Await.equals(10, "open connections", 0, server::openConnections);
  }
}
