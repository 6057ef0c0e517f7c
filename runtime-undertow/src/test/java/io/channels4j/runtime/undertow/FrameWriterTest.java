package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.runtime.undertow.LifecycleTest.await;

import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.testing.WsClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The outbox as {@link FrameWriter} writes it beneath Undertow: broadcasts framed once reach every
 * member byte for byte and in order, whatever their headers' size; Undertow's ping goes between two
 * frames of a backlog, ahead of the rest; its close goes behind the backlog, and nothing after it.
 */
class FrameWriterTest {
  /**
   * Enough replies of 4 KiB that most of them wait in the outbox of a client that reads nothing.
   */
  private static final int BACKLOG = 1500;

  private static final String MESSAGE = "x".repeat(4096);

  @Test
  void everyMemberGetsEveryBroadcastByteForByteAndInOrder() throws Exception {
    // Lengths on both sides of each header size: 7 bits, 16 bits, 64 bits.
    int[] lengths = {0, 1, 100, 125, 126, 127, 1000, 65_535, 65_536, 70_000};
    int members = 12;
    try (ChannelServer server = server();
        WsClient sender = WsClient.connect(server.port(), "/chat/shared")) {
      List<WsClient> clients = new ArrayList<>();
      ExecutorService readers = Executors.newFixedThreadPool(members);
      try {
        for (int i = 0; i < members; i++) {
          // Half of them with a small receive buffer, so their frames are written in parts.
          clients.add(
              WsClient.connect(server.port(), "/chat/shared", Map.of(), i % 2 == 0 ? 4096 : 0));
          ProtocolTest.assertAlive(clients.get(i));
        }
        ProtocolTest.assertAlive(sender);
        List<String> expected = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
          for (int length : lengths) {
            String message = "y".repeat(length);
            int id = expected.size() + 1;
            expected.add("{\"text\":\"s: " + message + "\",\"count\":" + id + "}");
          }
        }
        List<Future<List<String>>> received = new ArrayList<>();
        for (WsClient client : clients) {
          received.add(readers.submit(() -> receive(client, expected.size())));
        }
        for (int id = 1; id <= expected.size(); id++) {
          String message = "y".repeat(lengths[(id - 1) % lengths.length]);
          sender.sendText(
              "{\"action\":\"message\",\"request_id\":"
                  + id
                  + ",\"user\":\"s\",\"message\":\""
                  + message
                  + "\"}");
        }
        for (Future<List<String>> got : received) {
          assertThat(got.get(60, TimeUnit.SECONDS)).containsExactlyElementsIn(expected).inOrder();
        }
        assertThat(receive(sender, expected.size())).containsExactlyElementsIn(expected).inOrder();
      } finally {
        readers.shutdownNow();
        clients.forEach(WsClient::close);
      }
    }
  }

  @Test
  void aPingGoesBetweenTwoFramesOfABacklogAheadOfTheRest() throws Exception {
    try (ChannelServer server = server();
        WsClient stalled = WsClient.connect(server.port(), "/chat/stalled", Map.of(), 4096)) {
      ProtocolTest.assertAlive(stalled);
      Connection connection = server.context.connections.iterator().next();
      stalled.sendTextsInOneWrite(echoRequests());
      int replySize = ProtocolTest.echo(BACKLOG).length() + MESSAGE.length();
      // Most replies wait in the outbox: the client reads nothing, and its socket is full.
      await("a backlog", () -> connection.queuedBytes() > (long) replySize * BACKLOG / 2);
      long waiting = connection.queuedBytes();
      connection.ping();
      onIoThread(connection); // the ping was handed to Undertow

      int replies = 0;
      int repliesBeforePing = -1;
      while (replies < BACKLOG) {
        WsClient.Frame frame = stalled.nextUnanswered();
        if (frame.opcode() == 9) {
          assertThat(repliesBeforePing).isEqualTo(-1); // one ping
          repliesBeforePing = replies;
        } else {
          replies++;
          assertThat(frame.text()).isEqualTo(echo(replies));
        }
      }
      // Whole frames only: every reply read back exactly, the ping between two of them, and ahead
      // of every reply that waited in the outbox when it was sent, but the one being written.
      assertThat(repliesBeforePing).isAtLeast(0);
      assertThat(repliesBeforePing).isAtMost(BACKLOG - (int) (waiting / replySize) + 1);
      ProtocolTest.assertAlive(stalled);
    }
  }

  @Test
  void theCloseFrameGoesBehindTheBacklogAndNothingAfterIt() throws Exception {
    try (ChannelServer server = server();
        WsClient stalled = WsClient.connect(server.port(), "/chat/closing", Map.of(), 4096)) {
      ProtocolTest.assertAlive(stalled);
      List<String> frames = echoRequests();
      frames.add("{\"action\":\"fatal\",\"request_id\":7}");
      stalled.sendTextsInOneWrite(frames);
      Connection connection = server.context.connections.iterator().next();
      await("the close started", () -> connection.is(SerialQueue.CLOSING));

      for (int i = 1; i <= BACKLOG; i++) {
        assertThat(stalled.nextMessage().text()).isEqualTo(echo(i));
      }
      assertThat(stalled.nextMessage().text()).contains("Goodbye");
      WsClient.Frame close = stalled.nextMessage();
      assertThat(close.isClose()).isTrue();
      assertThat(close.closeCode()).isEqualTo(4000);
      assertThat(stalled.awaitEof()).isTrue();
    }
  }

  private static ChannelServer server() {
    return ChannelServer.builder()
        .port(0)
        .mount(new ChatImpl())
        .maxFrameBytes(1 << 20)
        .maxQueuedBytes(64L << 20)
        .pingInterval(Duration.ofHours(1))
        .closeTimeout(Duration.ofSeconds(30))
        .start();
  }

  private static List<String> echoRequests() {
    List<String> frames = new ArrayList<>();
    for (int i = 1; i <= BACKLOG; i++) {
      frames.add(
          "{\"action\":\"echo\",\"request_id\":"
              + i
              + ",\"user\":\"u\",\"message\":\""
              + MESSAGE
              + "\"}");
    }
    return frames;
  }

  private static String echo(int requestId) {
    return ProtocolTest.echo(requestId).replace("\"m\"", "\"" + MESSAGE + "\"");
  }

  private static List<String> receive(WsClient client, int count) throws Exception {
    List<String> texts = new ArrayList<>();
    while (texts.size() < count) {
      texts.add(client.receive());
    }
    return texts;
  }

  /** Returns once a task queued on the connection's I/O thread now has run. */
  private static void onIoThread(Connection connection) throws Exception {
    CompletableFuture<Void> ran = new CompletableFuture<>();
    connection.channel.getIoThread().execute(() -> ran.complete(null));
    ran.get(WsClient.WAIT.toSeconds(), TimeUnit.SECONDS);
  }
}
