package io.channels4j.example;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.RawFrames;
import io.channels4j.testing.WsClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 6455 violations and malformed handshakes over a raw socket, each with its exact answer; after
 * each case the rooms hold exactly who is connected and new clients are served.
 */
class ProtocolRobustnessTest {
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[16]);

  private ChannelServer server;
  private final List<WsClient> clients = new ArrayList<>();

  @BeforeEach
  void start() {
    server = ChatExample.start(0, ChatExample.DEFAULT_BROKER);
  }

  @AfterEach
  void checkRoomsAndStop() throws IOException {
    try {
      for (WsClient client : clients) {
        client.close();
      }
      RoomChecks.assertServesFreshClients(server);
    } finally {
      RoomChecks.stopWithin(server, 20);
    }
  }

  /** A member of {@code /person}: its answer to a frame proves it has joined. */
  private WsClient member() throws IOException {
    WsClient client = WsClient.connect(server.port(), "/person");
    clients.add(client);
    client.sendText("{\"action\":\"ping?\",\"request_id\":4}");
    assertThat(JsonTree.parseObject(client.receive())).containsEntry("errors", "Action Not Exist");
    return client;
  }

  private int closeCodeAfter(byte[]... raw) throws IOException {
    WsClient client = member();
    for (byte[] bytes : raw) {
      client.sendRaw(bytes);
    }
    return client.awaitClose();
  }

  private static byte[] frame(int opcode, byte[] payload) {
    return RawFrames.of(opcode, payload).build();
  }

  private static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] closePayload(int code, byte[] reason) {
    byte[] payload = new byte[2 + reason.length];
    payload[0] = (byte) (code >>> 8);
    payload[1] = (byte) code;
    System.arraycopy(reason, 0, payload, 2, reason.length);
    return payload;
  }

  // ---- frames

  @Test
  void anUnmaskedClientFrameCloses1002() throws IOException {
    assertThat(closeCodeAfter(RawFrames.of(1, text("{}")).unmasked().build())).isEqualTo(1002);
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 4, 5, 6, 7, 11, 12, 13, 14, 15})
  void aReservedOpcodeCloses1002(int opcode) throws IOException {
    assertThat(closeCodeAfter(frame(opcode, text("x")))).isEqualTo(1002);
  }

  @ParameterizedTest
  @ValueSource(ints = {0x40, 0x20, 0x10, 0x70})
  void rsvBitsWithoutAnExtensionClose1002(int bits) throws IOException {
    assertThat(closeCodeAfter(RawFrames.of(1, text("{}")).rsv(bits).build())).isEqualTo(1002);
  }

  @Test
  void aFragmentedPingCloses1002() throws IOException {
    assertThat(closeCodeAfter(RawFrames.of(9, text("a")).fin(false).build())).isEqualTo(1002);
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 9, 10})
  void aControlFrameOver125BytesCloses1002(int opcode) throws IOException {
    byte[] payload = opcode == 8 ? closePayload(1000, new byte[124]) : new byte[126];
    assertThat(closeCodeAfter(frame(opcode, payload))).isEqualTo(1002);
  }

  @Test
  void aContinuationWithoutAStartCloses1002() throws IOException {
    assertThat(closeCodeAfter(frame(0, text("{}")))).isEqualTo(1002);
  }

  @Test
  void aNewDataFrameInsideAFragmentedMessageCloses1002() throws IOException {
    assertThat(
            closeCodeAfter(
                RawFrames.of(1, text("{\"a\":")).fin(false).build(), frame(1, text("{}"))))
        .isEqualTo(1002);
  }

  @Test
  void aFragmentedTextIsAnsweredAsOneFrame() throws IOException {
    WsClient client = member();
    client.sendRaw(RawFrames.of(1, text("{\"action\":\"no")).fin(false).build());
    client.sendRaw(frame(9, text("mid-message ping")));
    client.sendRaw(frame(0, text("pe\",\"request_id\":77}")));
    Map<String, Object> answer = JsonTree.parseObject(client.receive());
    assertThat(answer).containsEntry("errors", "Action Not Exist");
    assertThat(answer.get("request_id").toString()).isEqualTo("77");
  }

  @Test
  void aPingIsAnsweredWithItsPayload() throws IOException {
    WsClient client = member();
    client.sendFrame(9, text("are you there"));
    WsClient.Frame pong = client.next();
    assertThat(pong.opcode()).isEqualTo(10);
    assertThat(pong.text()).isEqualTo("are you there");
  }

  @Test
  void invalidUtf8InATextFrameCloses1007() throws IOException {
    assertThat(closeCodeAfter(frame(1, new byte[] {'{', (byte) 0xc3, '}'}))).isEqualTo(1007);
  }

  @Test
  void invalidUtf8InACloseReasonCloses1007() throws IOException {
    assertThat(closeCodeAfter(frame(8, closePayload(1000, new byte[] {(byte) 0xff, 'x'}))))
        .isEqualTo(1007);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000})
  void aCloseWithAnInvalidCodeCloses1002(int code) throws IOException {
    assertThat(closeCodeAfter(frame(8, closePayload(code, new byte[0])))).isEqualTo(1002);
  }

  @Test
  void aOneByteClosePayloadCloses1002() throws IOException {
    assertThat(closeCodeAfter(frame(8, new byte[] {3}))).isEqualTo(1002);
  }

  @Test
  void aValidCloseIsEchoed() throws IOException {
    assertThat(closeCodeAfter(frame(8, closePayload(1000, text("bye"))))).isEqualTo(1000);
  }

  @Test
  void anAbsurdLengthCloses1009() throws IOException {
    assertThat(closeCodeAfter(RawFrames.of(1, text("{}")).declaredLength(1L << 62).build()))
        .isEqualTo(1009);
  }

  @Test
  void aLengthWithItsMostSignificantBitSetCloses1002() throws IOException {
    assertThat(closeCodeAfter(RawFrames.of(1, text("{}")).declaredLength(Long.MIN_VALUE).build()))
        .isEqualTo(1002);
  }

  @Test
  void aLengthWithItsMostSignificantBitSetCloses1002ThoughItsPayloadReadsAsAHeader()
      throws IOException {
    // Unmasked by key 0, the payload is the start of a text frame's header: a server that took the
    // length as negative would parse it as the next frame and wait for that frame's length.
    byte[] header = {(byte) 0x81, (byte) 0xfe};
    assertThat(
            closeCodeAfter(
                RawFrames.of(1, header).maskKey(0).declaredLength(Long.MIN_VALUE).build()))
        .isEqualTo(1002);
  }

  @Test
  void aHalfSentFrameThenSilenceThenCloseLeavesNothingBehind() throws IOException {
    WsClient client = member();
    byte[] whole = RawFrames.of(1, text("{\"action\":\"count\",\"request_id\":5}")).build();
    client.sendRaw(java.util.Arrays.copyOf(whole, 10));
    client.sendText("never read as a frame of its own");
    client.close(); // checkRoomsAndStop then proves the room forgot the member
  }

  @Test
  void aResetBeforeThe101LeavesNoPhantomMember() throws IOException {
    for (int i = 0; i < 3; i++) {
      Socket socket = rawSocket();
      socket
          .getOutputStream()
          .write(text(WsClient.upgradeRequest(server.port(), "/person", KEY, "13", Map.of())));
      socket.getOutputStream().flush();
      socket.setSoLinger(true, 0);
      socket.close();
    }
    // checkRoomsAndStop: two new members fit in /person and count 2
  }

  @Test
  void aResetAfterJoiningLeavesTheRoom() throws IOException {
    member().reset();
    member().reset();
  }

  // ---- handshakes

  private record HttpAnswer(int status, Map<String, String> headers) {}

  private Socket rawSocket() throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("localhost", server.port()), 10_000);
    socket.setSoTimeout(20_000);
    return socket;
  }

  private HttpAnswer http(String request) throws IOException {
    try (Socket socket = rawSocket()) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      String status = line(in);
      Map<String, String> headers = new LinkedHashMap<>();
      for (String header = line(in); !header.isEmpty(); header = line(in)) {
        int colon = header.indexOf(':');
        headers.put(
            header.substring(0, colon).trim().toLowerCase(), header.substring(colon + 1).trim());
      }
      return new HttpAnswer(Integer.parseInt(status.split(" ")[1]), headers);
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed after " + line);
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  private String upgrade(String key, String version, Map<String, String> headers) {
    return WsClient.upgradeRequest(server.port(), "/person", key, version, headers);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "!!!!!!!!!!!!!!!!!!!!!!!!",
        "AAAAAAAAAAAAAAAAAAAAAA==AA",
        "AAAAAAAAAAAAAAAAAAAA",
        ""
      })
  void anInvalidKeyIsRefusedWith400(String key) throws IOException {
    assertThat(http(upgrade(key, "13", Map.of())).status()).isEqualTo(400);
  }

  @Test
  void aMissingKeyIsRefusedWith400() throws IOException {
    assertThat(http(upgrade(null, "13", Map.of())).status()).isEqualTo(400);
  }

  @Test
  void version99IsRefusedWith426NamingVersion13() throws IOException {
    HttpAnswer answer = http(upgrade(KEY, "99", Map.of()));
    assertThat(answer.status()).isEqualTo(426);
    // RFC 6455 4.4: the versions the server understands, 13 among them ("13, 8, 7" from Undertow)
    assertThat(List.of(answer.headers().get("sec-websocket-version").split(",\\s*")))
        .contains("13");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "--", "-;q=0.5", ",,,", "*", "en-", ";q=1", "x-\u00e9"})
  void aHostileAcceptLanguageGetsTheNormalAnswer(String language) throws IOException {
    WsClient client =
        WsClient.connect(server.port(), "/person", Map.of("Accept-Language", language));
    clients.add(client);
    client.sendText("{\"action\":\"nope\",\"request_id\":6}");
    assertThat(JsonTree.parseObject(client.receive()))
        .isEqualTo(RoomOracle.error("nope", "Action Not Exist", new java.math.BigDecimal(6)));
  }

  @Test
  void aNonGetUpgradeIsRefusedWith405AllowingGet() throws IOException {
    HttpAnswer answer = http(upgrade(KEY, "13", Map.of()).replaceFirst("GET", "POST"));
    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.headers()).containsEntry("allow", "GET");
  }

  @Test
  void oversizedHeadersAreRefusedWithA4xx() throws IOException {
    int status = http(upgrade(KEY, "13", Map.of("X-Big", "a".repeat(2 << 20)))).status();
    assertThat(status).isAnyOf(400, 413, 431);
  }

  @Test
  void aGarbageRequestLineGets400() throws IOException {
    assertThat(http("HELLO THERE\r\n\r\n").status()).isEqualTo(400);
  }
}
