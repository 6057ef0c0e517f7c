package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.runtime.undertow.LifecycleTest.await;

import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.runtime.undertow.fixtures.GuardedImpl;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Every way a connection ends undoes its registration, its room count and its room seat. */
class CleanupTest {
  private static final int RESETS = 20;

  /** Released by the authenticator when a ghost's upgrade request reached it. */
  private final Semaphore reached = new Semaphore(0);

  /** Released by the test once that ghost reset its socket: the server answers only then. */
  private final Semaphore reset = new Semaphore(0);

  private ChannelServer.Builder server() {
    return ChannelServer.builder()
        .port(0)
        .mount(new ChatImpl())
        .mount(new GuardedImpl())
        .authenticator(
            token -> {
              if (token != null && token.startsWith("ghost")) {
                reached.release();
                acquire(reset);
              }
              return token == null ? null : () -> token;
            })
        .tokenQueryParameter("auth")
        .tokenCookie("sid");
  }

  private static void acquire(Semaphore semaphore) {
    try {
      if (!semaphore.tryAcquire(10, TimeUnit.SECONDS)) {
        throw new AssertionError("the other side never came");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Sends a valid upgrade request and resets the connection (RST, not FIN) once the server has read
   * the request and before it answers.
   */
  private void upgradeAndReset(int port, String path) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  + "Sec-WebSocket-Version: 13\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      acquire(reached);
      socket.setSoLinger(true, 0);
    } finally {
      reset.release();
    }
  }

  @Test
  void aClientResetBeforeThe101LeavesNoPhantomMember() throws Exception {
    try (ChannelServer server = server().start()) {
      for (int i = 0; i < RESETS; i++) {
        upgradeAndReset(server.port(), "/guarded/full?auth=ghost" + i);
        upgradeAndReset(server.port(), "/chat/phantom?auth=ghost" + i);
      }
      await("the reset connections unregistered", () -> server.openConnections() == 0);
      // The room of two still has both seats, and the count is the one real member.
      try (WsClient a = WsClient.connect(server.port(), "/guarded/full?auth=alice");
          WsClient b = WsClient.connect(server.port(), "/guarded/full?auth=bob");
          WsClient c = WsClient.connect(server.port(), "/chat/phantom?auth=carol")) {
        a.sendText("{\"action\":\"hello\"}");
        assertThat(a.receive()).contains("hello alice");
        b.sendText("{\"action\":\"hello\"}");
        assertThat(b.receive()).contains("hello bob");
        c.sendText("{\"action\":\"count\"}");
        assertThat(c.receive()).endsWith("\"data\":1}");
      }
      server.stop();
      assertThat(server.openConnections()).isEqualTo(0);
    }
  }
}
