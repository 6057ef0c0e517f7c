package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.runtime.undertow.fixtures.UploadImpl;
import io.channels4j.testing.Await;
import io.channels4j.testing.RawFrames;
import io.channels4j.testing.WsClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The leak detector: every buffer the server's listener leased is given back once its connections
 * are gone, whichever way each ended, with replies, broadcasts, binary frames and frames larger
 * than a buffer in between.
 */
class BufferLeakTest {
  private static final byte[] CLOSE_NORMAL = {0x03, (byte) 0xe8};

  @Test
  void trafficThenCloseHandshakesLeaveNothingLeased() throws Exception {
    try (ChannelServer server = server(HandlerThreads.pool())) {
      exchangeAndCloseNormally(server);
      assertNothingLeased(server);
    }
  }

  @Test
  void trafficOnTheIoThreadsThenCloseHandshakesLeaveNothingLeased() throws Exception {
    try (ChannelServer server = server(HandlerThreads.ioThreads())) {
      exchangeAndCloseNormally(server);
      assertNothingLeased(server);
    }
  }

  @Test
  void resetsEndsWithoutACloseFrameAndAHalfSentFrameLeaveNothingLeased() throws Exception {
    try (ChannelServer server = server(HandlerThreads.pool())) {
      WsClient reset = WsClient.connect(server.port(), "/chat/leak");
      WsClient fin = WsClient.connect(server.port(), "/chat/leak");
      WsClient halfFrame = WsClient.connect(server.port(), "/upload/leak");
      exchange(reset);
      exchange(fin);
      halfFrame.sendBinary(new byte[40_000]);
      assertThat(halfFrame.next().payload()).hasLength(40_000);
      assertThat(halfFrame.receive()).isEqualTo("size 40000");
      reset.reset();
      fin.close();
      // A frame that declares more bytes than ever come, then the end of the socket, which TCP
      // delivers after them: Undertow has read part of a frame when the socket ends.
      halfFrame.sendRaw(Arrays.copyOf(RawFrames.of(2, new byte[50_000]).build(), 20_000));
      halfFrame.close();
      assertNothingLeased(server);
    }
  }

  @Test
  void aClientClosedForReadingTooSlowlyLeavesNothingLeased() throws Exception {
    closeASlowClient(HandlerThreads.pool());
  }

  @Test
  void aClientClosedForReadingTooSlowlyWhileWrittenAtOnceLeavesNothingLeased() throws Exception {
    // The broadcasts are made on the I/O threads, so most are written at once, with no task.
    closeASlowClient(HandlerThreads.ioThreads());
  }

  private static void closeASlowClient(HandlerThreads threads) throws Exception {
    String text = "x".repeat(4096);
    try (ChannelServer server =
            ChannelServer.builder()
                .port(0)
                .mount(new ChatImpl())
                .handlers(threads)
                .maxQueuedBytes(64 * 1024)
                .slowClientTimeout(Duration.ofMillis(200))
                .start();
        WsClient slow = WsClient.connect(server.port(), "/chat/slow", Map.of(), 4096);
        WsClient sender = WsClient.connect(server.port(), "/chat/slow")) {
      ProtocolTest.assertAlive(slow);
      ProtocolTest.assertAlive(sender);
      ExecutorService reader = Executors.newSingleThreadExecutor();
      try {
        // The sender reads its own broadcasts; the slow client reads nothing until it is closed.
        Future<?> reading =
            reader.submit(
                () -> {
                  while (true) {
                    sender.receive();
                  }
                });
        for (int i = 0; i < 5_000 && server.slowClientsClosed() == 0; i++) {
          sender.sendText("{\"action\":\"message\",\"user\":\"s\",\"message\":\"" + text + "\"}");
        }
        LifecycleTest.await("the slow client closed", () -> server.slowClientsClosed() == 1);
        while (!slow.next().isClose()) {
          // what the server had written before it closed
        }
        slow.awaitEof();
        sender.close();
        assertNothingLeased(server);
        reading.cancel(true);
      } finally {
        reader.shutdownNow();
      }
    }
  }

  @Test
  void closesTheServerStartsLeaveNothingLeased() throws Exception {
    try (ChannelServer server =
            ChannelServer.builder()
                .port(0)
                .mount(new ChatImpl())
                .pingInterval(Duration.ofMillis(100))
                .idleTimeout(Duration.ofMillis(300))
                .start();
        WsClient silent = WsClient.connect(server.port(), "/chat/closed");
        WsClient badText = WsClient.connect(server.port(), "/chat/closed")) {
      ProtocolTest.assertAlive(silent);
      exchange(badText);
      // Text that is not UTF-8: Undertow closes with 1007.
      badText.sendRaw(RawFrames.of(1, new byte[] {(byte) 0xc3, 0x28}).build());
      assertThat(badText.awaitClose()).isEqualTo(1007);
      // A client that answers no ping is closed as idle.
      WsClient.Frame frame = silent.nextUnanswered();
      while (frame.opcode() != 8) {
        frame = silent.nextUnanswered();
      }
      silent.sendFrame(8, CLOSE_NORMAL);
      assertThat(silent.awaitEof()).isTrue();
      assertNothingLeased(server);
    }
  }

  @Test
  void stoppingTheServerWithClientsOpenLeavesNothingLeased() throws Exception {
    ChannelServer server =
        ChannelServer.builder()
            .port(0)
            .mount(new ChatImpl())
            .mount(new UploadImpl())
            .shutdownTimeout(Duration.ofMillis(500))
            .start();
    List<WsClient> clients = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        WsClient c = WsClient.connect(server.port(), "/chat/stop");
        exchange(c);
        clients.add(c);
      }
      WsClient upload = WsClient.connect(server.port(), "/upload/stop");
      clients.add(upload);
      upload.sendBinary(new byte[40_000]);
      assertThat(upload.next().payload()).hasLength(40_000);
      // The clients never answer the server's close: the stop cuts them at its timeout.
      server.stop();
      assertNothingLeased(server);
    } finally {
      for (WsClient c : clients) {
        c.close();
      }
      server.stop();
    }
  }

  private static ChannelServer server(HandlerThreads threads) {
    return ChannelServer.builder()
        .port(0)
        .mount(new ChatImpl())
        .mount(new UploadImpl())
        .handlers(threads)
        .maxFrameBytes(256 * 1024)
        .start();
  }

  /** Replies, broadcasts and binary frames, small and larger than a buffer, then close 1000. */
  private static void exchangeAndCloseNormally(ChannelServer server) throws Exception {
    WsClient a = WsClient.connect(server.port(), "/chat/leak");
    WsClient b = WsClient.connect(server.port(), "/chat/leak");
    WsClient upload = WsClient.connect(server.port(), "/upload/leak");
    exchange(a);
    exchange(b);
    a.sendText("{\"action\":\"message\",\"request_id\":3,\"user\":\"a\",\"message\":\"hi\"}");
    assertThat(a.receive()).isEqualTo("{\"text\":\"a: hi\",\"count\":3}");
    assertThat(b.receive()).isEqualTo("{\"text\":\"a: hi\",\"count\":3}");
    for (int size : new int[] {10, 40_000}) {
      byte[] data = new byte[size];
      data[0] = 1;
      upload.sendBinary(data);
      WsClient.Frame reversed = upload.next();
      assertThat(reversed.opcode()).isEqualTo(2);
      assertThat(reversed.payload()[size - 1]).isEqualTo(1);
      assertThat(upload.receive()).isEqualTo("size " + size);
    }
    for (WsClient c : List.of(a, b, upload)) {
      c.sendFrame(8, CLOSE_NORMAL);
      assertThat(c.awaitClose()).isEqualTo(1000);
      assertThat(c.awaitEof()).isTrue();
      c.close();
    }
  }

  /** An echo of a frame larger than a buffer, and an error frame, on {@code c}. */
  private static void exchange(WsClient c) throws Exception {
    ProtocolTest.assertAlive(c);
    String large = "m".repeat(60_000);
    c.sendText(
        "{\"action\":\"echo\",\"request_id\":2,\"user\":\"u\",\"message\":\"" + large + "\"}");
    assertThat(c.receive()).contains(large);
    c.sendRaw(RawFrames.of(1, "not json".getBytes(StandardCharsets.UTF_8)).build());
    assertThat(c.receive()).contains("\"status\":\"bad\"");
  }

  private static void assertNothingLeased(ChannelServer server) {
    LifecycleTest.await("every connection gone", () -> server.openConnections() == 0);
    // The detector watches the buffers the server reads into: the upgrades took some.
    assertThat(server.bufferPool.leases()).isGreaterThan(0);
    Await.until(10, "the leased buffers given back", () -> server.bufferPool.leased() == 0);
  }
}
