package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.runtime.undertow.ProtocolTest.error;
import static io.channels4j.testing.Await.until;

import io.channels4j.runtime.undertow.fixtures.BinaryRelayImpl;
import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.runtime.undertow.fixtures.RelayImpl;
import io.channels4j.runtime.undertow.fixtures.ShellImpl;
import io.channels4j.runtime.undertow.fixtures.UploadImpl;
import io.channels4j.testing.RawFrames;
import io.channels4j.testing.WsClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain-text channels ({@code Frames.TEXT} and {@code @OnText}), binary handlers
 * ({@code @OnBinary}), raw sends and broadcasts, relayed binary frames and the binary size limit,
 * against a real server over real sockets.
 */
class TextAndBinaryFramesTest {
  private static final int MAX_FRAME_BYTES = 4096;

  private static ChannelServer server;
  private static ShellImpl shell;

  @BeforeAll
  static void start() {
    shell = new ShellImpl();
    server =
        ChannelServer.builder()
            .port(0)
            .mount(shell)
            .mount(new UploadImpl())
            .mount(new RelayImpl())
            .mount(new BinaryRelayImpl())
            .mount(new ChatImpl())
            .authenticator(token -> () -> token == null ? "anonymous" : token)
            .maxFrameBytes(MAX_FRAME_BYTES)
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  /** A member of the shell room {@code name}, once its join event has answered. */
  private static WsClient shell(ChannelServer on, String name, String user) throws IOException {
    WsClient client = WsClient.connect(on.port(), "/shell/" + name + "?token=" + user);
    assertThat(client.receive()).isEqualTo("joined " + name);
    return client;
  }

  private static WsClient shell(String name) throws IOException {
    return shell(server, name, "bob");
  }

  /** The next frame, which must be binary. */
  private static byte[] receiveBinary(WsClient client) throws IOException {
    WsClient.Frame frame = client.next();
    assertThat(frame.opcode()).isEqualTo(2);
    return frame.payload();
  }

  /** The server refused {@code client}'s last frame as too big, and closed. */
  private static void assertTooBig(WsClient client) throws IOException {
    assertThat(client.receive()).isEqualTo(error("Message Too Big", 1));
    assertThat(client.awaitClose()).isEqualTo(1009);
  }

  @Test
  void everyTextFrameGoesToOnTextAsItCame() throws IOException {
    try (WsClient c = shell("echo")) {
      for (String text : List.of("{\"action\":\"echo\"}", "not json {", "", "h\u00e9llo \u2713")) {
        c.sendText(text);
        WsClient.Frame frame = c.next();
        assertThat(frame.opcode()).isEqualTo(1);
        assertThat(frame.text()).isEqualTo("echo:" + text);
      }
    }
  }

  @Test
  void broadcastTextSendsTheRawTextToEveryMember() throws IOException {
    try (WsClient a = shell("shout");
        WsClient b = shell("shout")) {
      a.sendText("shout:hi all");
      assertThat(a.receive()).isEqualTo("hi all");
      assertThat(b.receive()).isEqualTo("hi all");
    }
  }

  @Test
  void aThrowingTextHandlerIsAnsweredAsAnActionWithoutLeakingTheException() throws IOException {
    try (WsClient c = shell("fail")) {
      c.sendText("fail");
      String answer = c.receive();
      assertThat(answer).isEqualTo(error("Internal Error", 1));
      c.sendText("refuse");
      assertThat(c.receive())
          .isEqualTo(
              "{\"type\":\"response\",\"status\":\"bad\",\"request_id\":1,\"data\":null,"
                  + "\"errors\":\"Refused\",\"line\":\"refuse\"}");
      c.sendText("still open");
      assertThat(c.receive()).isEqualTo("echo:still open");
    }
  }

  @Test
  void aLimitOnTheTextHandlerThrottlesItsFrames() throws IOException {
    try (WsClient c = shell("limit")) {
      for (int i = 0; i < 20; i++) {
        c.sendText("n" + i);
        assertThat(c.receive()).isEqualTo("echo:n" + i);
      }
      c.sendText("one too many");
      assertThat(c.receive()).matches(".*Too Many Requests. Retry after (59|60) seconds.*");
      c.sendBinary(new byte[] {7}); // the socket stays open, and binary frames have no limit here
      assertThat(receiveBinary(c)).isEqualTo(new byte[] {7});
    }
  }

  @Test
  void theChannelPermissionAndMaxConnectionsHoldForTextChannels() throws IOException {
    try (WsClient mallory = WsClient.connect(server.port(), "/shell/p?token=mallory")) {
      assertThat(mallory.receive()).isEqualTo(error("Permission Denied", 1));
      assertThat(mallory.awaitClose()).isEqualTo(1002);
    }
    try (WsClient a = shell("full");
        WsClient b = shell("full");
        WsClient third = WsClient.connect(server.port(), "/shell/full?token=carol")) {
      assertThat(third.receive())
          .isEqualTo(
              error(
                  "The current number of channel connections is greater than the maximum number"
                      + " of connections",
                  1));
      assertThat(third.awaitClose()).isEqualTo(1013);
      for (WsClient member : List.of(a, b)) {
        member.sendText("still in");
        assertThat(member.receive()).isEqualTo("echo:still in");
      }
    }
  }

  @Test
  void binaryFramesGoToOnBinaryAndComeBackAsBinaryFrames() throws IOException {
    try (WsClient c = shell("binary")) {
      // Bytes a binary frame may hold but no text ever does, first and inside.
      byte[] data = {(byte) 0xFF, (byte) 0xFF, 'a', 0, (byte) 0xFE};
      c.sendBinary(data);
      assertThat(receiveBinary(c)).isEqualTo(data);
      c.sendBinary(new byte[] {5});
      assertThat(receiveBinary(c)).isEqualTo(new byte[] {5});
    }
  }

  @Test
  void broadcastBinaryGivesEveryMemberTheSameBytes() throws IOException {
    try (WsClient a = shell("fanout");
        WsClient b = shell("fanout")) {
      byte[] data = new byte[300];
      for (int i = 0; i < data.length; i++) {
        data[i] = (byte) (i % 256); // starts with 0: the handler broadcasts it
      }
      a.sendBinary(data);
      assertThat(receiveBinary(a)).isEqualTo(data);
      assertThat(receiveBinary(b)).isEqualTo(data);
    }
  }

  @Test
  void aThrowingBinaryHandlerIsAnsweredAsAnActionWithoutLeakingTheException() throws IOException {
    try (WsClient c = shell("binary-fail")) {
      c.sendBinary(new byte[] {1});
      assertThat(c.receive()).isEqualTo(error("Internal Error", 1));
      c.sendText("alive");
      assertThat(c.receive()).isEqualTo("echo:alive");
    }
  }

  @Test
  void aJsonChannelTakesBinaryFramesAsArraysBesideItsActions() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), "/upload/u")) {
      c.sendText("{\"action\":\"ping\",\"request_id\":4}");
      assertThat(c.receive())
          .isEqualTo(
              "{\"type\":\"response\",\"action\":\"ping\",\"request_id\":4,\"status\":\"ok\","
                  + "\"data\":\"pong\"}");
      c.sendBinary(new byte[] {1, 2, 3});
      assertThat(receiveBinary(c)).isEqualTo(new byte[] {3, 2, 1});
      assertThat(c.receive()).isEqualTo("size 3");
      c.sendText("not json");
      assertThat(c.receive()).startsWith("{\"type\":\"response\",\"status\":\"bad\"");
    }
  }

  @Test
  void aBinaryFrameOnAChannelWithoutABinaryHandlerIsStillUnsupportedData() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), "/chat/no-binary")) {
      c.sendBinary(new byte[] {1, 2, 3});
      assertThat(c.receive()).isEqualTo(error("Unsupported Data", 1));
      c.sendText("{\"action\":\"count\"}");
      assertThat(c.receive()).endsWith("\"data\":1}");
    }
  }

  @Test
  void aRelayChannelStillAnswersBinaryFramesUnsupportedDataByDefault() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), "/relay/binary")) {
      c.sendBinary(new byte[] {1, 2, 3});
      assertThat(c.receive()).isEqualTo(error("Unsupported Data", 1));
      c.sendText("still relayed");
      assertThat(c.receive()).isEqualTo("still relayed");
    }
  }

  @Test
  void aRelayBinaryChannelRelaysBinaryFramesUnchangedBesideItsTextFrames() throws IOException {
    try (WsClient a = WsClient.connect(server.port(), "/binary-relay/r?token=a")) {
      a.sendBinary(new byte[] {9}); // frames run after the join: back, a is in the room
      assertThat(receiveBinary(a)).isEqualTo(new byte[] {9});
      try (WsClient b = WsClient.connect(server.port(), "/binary-relay/r?token=b")) {
        b.sendText("ready");
        assertThat(b.receive()).isEqualTo("ready");
        assertThat(a.receive()).isEqualTo("ready");
        byte[] data = {(byte) 0xFF, 0, 'x'};
        a.sendBinary(data);
        assertThat(receiveBinary(a)).isEqualTo(data);
        assertThat(receiveBinary(b)).isEqualTo(data);
      }
    }
  }

  @Test
  void aBinaryFrameOverMaxFrameBytesByDefaultIsMessageTooBigAndCloses1009() throws IOException {
    try (WsClient c = shell("big")) {
      byte[] fits = new byte[MAX_FRAME_BYTES];
      fits[0] = 2;
      c.sendBinary(fits);
      assertThat(receiveBinary(c)).isEqualTo(fits);
      c.sendBinary(new byte[MAX_FRAME_BYTES + 1]);
      assertTooBig(c);
    }
  }

  @Test
  void maxBinaryFrameBytesSetsTheLimitOfBinaryFramesApart() throws IOException {
    int binaryLimit = 4 * MAX_FRAME_BYTES;
    try (ChannelServer apart =
        ChannelServer.builder()
            .port(0)
            .mount(new ShellImpl())
            .authenticator(token -> () -> token)
            .maxFrameBytes(MAX_FRAME_BYTES)
            .maxBinaryFrameBytes(binaryLimit)
            .start()) {
      try (WsClient c = shell(apart, "apart", "bob")) {
        byte[] overTheTextLimit = new byte[2 * MAX_FRAME_BYTES];
        overTheTextLimit[0] = 2;
        c.sendBinary(overTheTextLimit);
        assertThat(receiveBinary(c)).isEqualTo(overTheTextLimit);
        c.sendBinary(new byte[binaryLimit + 1]);
        assertTooBig(c);
      }
      // A room of its own: the first client's leave event may still broadcast to "apart".
      try (WsClient c = shell(apart, "apart-text", "bob")) {
        c.sendText("x".repeat(2 * MAX_FRAME_BYTES));
        assertTooBig(c);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void textAndBinaryFramesRunInFrameOrderWhereActionsRun(boolean onIoThreads) throws IOException {
    ShellImpl ordered = new ShellImpl();
    try (ChannelServer threads =
            ChannelServer.builder()
                .port(0)
                .mount(ordered)
                .authenticator(token -> () -> token)
                .handlers(onIoThreads ? HandlerThreads.ioThreads() : HandlerThreads.pool())
                .start();
        WsClient c = shell(threads, "order", "bob")) {
      ByteArrayOutputStream burst = new ByteArrayOutputStream();
      for (int i = 0; i < 10; i++) {
        burst.writeBytes(RawFrames.of(1, ("t" + i).getBytes(StandardCharsets.UTF_8)).build());
        burst.writeBytes(RawFrames.of(2, new byte[] {2, (byte) i}).build());
      }
      c.sendRaw(burst.toByteArray()); // one write: the server reads them as one burst
      for (int i = 0; i < 10; i++) {
        assertThat(c.receive()).isEqualTo("echo:t" + i);
        assertThat(receiveBinary(c)).isEqualTo(new byte[] {2, (byte) i});
      }
      assertThat(ordered.handlerThreads).hasSize(20);
      for (String thread : ordered.handlerThreads) {
        if (onIoThreads) {
          assertThat(thread).contains("I/O");
        } else {
          assertThat(thread).startsWith("channels4j-handler-");
        }
      }
    }
  }

  @Test
  void leaveRunsOnceAndWhatItSendsToTheClosedConnectionIsDropped() throws IOException {
    try (WsClient stays = shell(server, "leave", "bob")) {
      WsClient goes = shell(server, "leave", "ann");
      goes.close();
      assertThat(stays.receive()).isEqualTo("left ann");
      stays.sendText("after");
      assertThat(stays.receive()).isEqualTo("echo:after");
    }
    until(
        10,
        "both leave events ran",
        () -> shell.leaves.stream().filter("leave"::equals).count() == 2);
  }
}
