package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static io.channels4j.runtime.undertow.ProtocolTest.error;

import io.channels4j.runtime.undertow.fixtures.BytesChannel;
import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.runtime.undertow.fixtures.SignupChannel;
import io.channels4j.runtime.undertow.fixtures.UploadImpl;
import io.channels4j.runtime.undertow.frame.MessagePackOracle;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

/**
 * The {@code msgpack} subprotocol over real sockets, with msgpack-core on the client's side: the
 * same frames as JSON clients get, as MessagePack binary frames, in rooms shared with JSON clients.
 */
class MessagePackTest {
  private static final int MAX_FRAME_BYTES = 4096;
  private static final Map<String, String> MSGPACK = Map.of("Sec-WebSocket-Protocol", "msgpack");

  /** Frames of every kind of answer: replies, broadcasts, each error, validation errors. */
  private static final List<String> CHAT_FRAMES =
      List.of(
          "{\"action\":\"echo\",\"request_id\":3,\"user\":\"ann\",\"message\":\"h\u00e9 \u2713 \\\"q\\\"\"}",
          "{\"request_id\":4,\"action\":\"count\"}",
          "{\"action\":\"message\",\"request_id\":5,\"user\":\"ann\",\"message\":\"hi\"}",
          "{\"action\":\"nope\",\"request_id\":6}",
          "{\"action\":\"secret\",\"request_id\":7}",
          "{\"action\":\"legacy\",\"request_id\":8}",
          "{\"action\":\"echo\",\"request_id\":9,\"user\":5,\"message\":\"x\"}",
          "{\"action\":\"echo\",\"request_id\":10,\"user\":\"ann\"}",
          "{\"action\":\"boom\",\"request_id\":11}",
          "{\"request_id\":12}",
          "{\"action\":5,\"request_id\":13}",
          "{\"action\":\"limited\",\"request_id\":14}",
          "{\"action\":\"limited\",\"request_id\":15}",
          "{\"action\":\"limited\",\"request_id\":16}",
          "{\"action\":\"echo\",\"request_id\":18446744073709551615}",
          "{\"action\":\"echo\",\"request_id\":17,\"user\":\"ann\",\"message\":\"x\",\"extra\":[1,2.5,{}]}");

  private static final List<String> SIGNUP_FRAMES =
      List.of(
          "{\"action\":\"signup\",\"request_id\":1,\"name\":\" \",\"email\":\"nope\",\"age\":12,"
              + "\"items\":[{\"name\":\"jam\",\"quantity\":0}]}",
          "{\"action\":\"signup\",\"request_id\":2,\"name\":\"ann\",\"email\":\"a@b.c\",\"age\":30,"
              + "\"items\":[{\"name\":\"jam\",\"quantity\":2}]}");

  private static ChannelServer server;

  @BeforeAll
  static void start() {
    server =
        ChannelServer.builder()
            .port(0)
            .mount(new ChatImpl())
            .mount(new SignupChannel() {})
            .mount(new BytesChannel() {})
            .mount(new UploadImpl())
            .authenticator(token -> () -> token == null ? "anonymous" : token)
            .maxFrameBytes(MAX_FRAME_BYTES)
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static WsClient packed(String path) throws IOException {
    WsClient client = WsClient.connect(server.port(), path, MSGPACK);
    assertThat(client.handshakeHeader("Sec-WebSocket-Protocol")).isEqualTo("msgpack");
    return client;
  }

  /** The next frame, which must be binary, as its value. */
  private static Object receivePacked(WsClient client) throws IOException {
    WsClient.Frame frame = client.next();
    assertWithMessage("opcode of %s", frame.text()).that(frame.opcode()).isEqualTo(2);
    return MessagePackOracle.fromMessagePack(frame.payload());
  }

  @Test
  void aClientGetsTheSubprotocolItAskedForFirstThatTheChannelSpeaks() throws IOException {
    try (WsClient c =
        WsClient.connect(
            server.port(),
            "/chat/choice-1",
            Map.of("Sec-WebSocket-Protocol", "mqtt, msgpack, json"))) {
      assertThat(c.handshakeHeader("Sec-WebSocket-Protocol")).isEqualTo("msgpack");
    }
    try (WsClient c =
        WsClient.connect(
            server.port(), "/chat/choice-2", Map.of("Sec-WebSocket-Protocol", "json"))) {
      assertThat(c.handshakeHeader("Sec-WebSocket-Protocol")).isEqualTo("json");
      c.sendText("{\"action\":\"count\",\"request_id\":2}");
      assertThat(c.receiveJson()).containsEntry("data", 1.0);
    }
    try (WsClient c =
        WsClient.connect(
            server.port(), "/chat/choice-3", Map.of("Sec-WebSocket-Protocol", "mqtt"))) {
      assertThat(c.handshakeHeader("Sec-WebSocket-Protocol")).isNull();
      c.fence(); // JSON, as without the header
    }
  }

  @Test
  void aChannelWithBinaryFramesOfItsOwnDoesNotSpeakMessagePack() throws IOException {
    try (WsClient c = WsClient.connect(server.port(), "/upload/a", MSGPACK)) {
      assertThat(c.handshakeHeader("Sec-WebSocket-Protocol")).isNull();
    }
  }

  @Test
  void everyFrameGetsTheAnswerAJsonClientGets() throws IOException {
    assertSameAnswers("/chat/json-side?token=jay", "/chat/pack-side?token=mae", CHAT_FRAMES);
    assertSameAnswers("/signup", "/signup", SIGNUP_FRAMES);
  }

  private static void assertSameAnswers(String jsonPath, String packedPath, List<String> frames)
      throws IOException {
    try (WsClient json = WsClient.connect(server.port(), jsonPath);
        WsClient pack = packed(packedPath)) {
      for (String frame : frames) {
        json.sendText(frame);
        pack.sendBinary(MessagePackOracle.pack(frame));
        Object expected = MessagePackOracle.fromJson(json.receive());
        assertWithMessage(frame).that(receivePacked(pack)).isEqualTo(expected);
      }
    }
  }

  @Test
  void aRoomOfBothKindsGetsEachBroadcastInItsOwnFormat() throws IOException {
    try (WsClient json = WsClient.connect(server.port(), "/chat/mixed");
        WsClient pack = packed("/chat/mixed")) {
      json.fence();
      pack.sendBinary(MessagePackOracle.pack("{\"action\":\"count\",\"request_id\":1}"));
      assertThat(receivePacked(pack)).isInstanceOf(Map.class); // both have joined
      pack.sendBinary(
          MessagePackOracle.pack("{\"action\":\"message\",\"user\":\"mae\",\"message\":\"hi\"}"));
      Object notice = MessagePackOracle.fromJson("{\"text\":\"mae: hi\",\"count\":1}");
      assertThat(receivePacked(pack)).isEqualTo(notice);
      assertThat(MessagePackOracle.fromJson(json.receive())).isEqualTo(notice);
      json.sendText(
          "{\"action\":\"message\",\"request_id\":2,\"user\":\"jay\",\"message\":\"yo\"}");
      notice = MessagePackOracle.fromJson("{\"text\":\"jay: yo\",\"count\":2}");
      assertThat(MessagePackOracle.fromJson(json.receive())).isEqualTo(notice);
      assertThat(receivePacked(pack)).isEqualTo(notice);
    }
  }

  @Test
  void rawTextAndBinaryDataFromAHandlerArriveAsOneValueEach() throws IOException {
    try (WsClient pack = packed("/bytes");
        WsClient json = WsClient.connect(server.port(), "/bytes")) {
      json.fence();
      pack.sendBinary(
          MessagePackOracle.pack(
              "{\"action\":\"bytes\",\"request_id\":3,\"user\":\"plain\",\"message\":\"raw\"}"));
      try (MessageUnpacker data = MessagePack.newDefaultUnpacker(pack.next().payload())) {
        assertThat(data.unpackValue().asBinaryValue().asByteArray())
            .isEqualTo("raw".getBytes(StandardCharsets.UTF_8));
      }
      assertThat(receivePacked(pack)).isEqualTo("plain");
      for (WsClient member : List.of(pack, json)) {
        WsClient.Frame broadcast = member.next();
        assertThat(broadcast.opcode()).isEqualTo(2);
        byte[] expected = member == json ? new byte[] {1, 2, 3} : bin(new byte[] {1, 2, 3});
        assertThat(broadcast.payload()).isEqualTo(expected);
      }
    }
  }

  private static byte[] bin(byte[] data) throws IOException {
    try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
      packer.packBinaryHeader(data.length).writePayload(data);
      return packer.toByteArray();
    }
  }

  @Test
  void malformedMessagePackIsAParseErrorAndTheSocketStaysOpen() throws IOException {
    Map<byte[], String> answers =
        Map.of(
            new byte[] {(byte) 0xc1}, "Malformed MessagePack: 0xc1 is never used",
            new byte[] {(byte) 0xd4, 1, 0}, "MessagePack extension types have no JSON form",
            new byte[] {(byte) 0x81, 1, 2}, "MessagePack map keys must be strings",
            new byte[0], "Malformed MessagePack: the frame ends inside a value");
    try (WsClient pack = packed("/chat/bad")) {
      for (Map.Entry<byte[], String> frame : answers.entrySet()) {
        pack.sendBinary(frame.getKey());
        assertThat(receivePacked(pack))
            .isEqualTo(MessagePackOracle.fromJson(error("Parse Error: " + frame.getValue(), 1)));
      }
      pack.sendBinary(MessagePackOracle.pack("{\"action\":\"count\",\"request_id\":4}"));
      assertThat(receivePacked(pack)).isInstanceOf(Map.class);
    }
  }

  @Test
  void aTextFrameIsUnsupportedDataForAMessagePackClient() throws IOException {
    try (WsClient pack = packed("/chat/text")) {
      pack.sendText("{\"action\":\"count\",\"request_id\":2}");
      assertThat(receivePacked(pack))
          .isEqualTo(MessagePackOracle.fromJson(error("Unsupported Data", 1)));
    }
  }

  @Test
  void aFrameOverTheLimitIsMessageTooBigAndCloses() throws IOException {
    try (WsClient pack = packed("/chat/big")) {
      pack.sendBinary(
          MessagePackOracle.pack(
              "{\"action\":\"echo\",\"user\":\"a\",\"message\":\""
                  + "x".repeat(MAX_FRAME_BYTES)
                  + "\"}"));
      assertThat(receivePacked(pack))
          .isEqualTo(MessagePackOracle.fromJson(error("Message Too Big", 1)));
      assertThat(pack.awaitClose()).isEqualTo(1009);
    }
  }
}
