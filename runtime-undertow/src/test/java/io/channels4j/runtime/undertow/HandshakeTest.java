package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.runtime.undertow.fixtures.GuardedImpl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP answers to upgrade requests that are not right (RFC 6455 section 4), and to hostile
 * values in every header and query parameter the router reads: a clear status, never a 500.
 */
class HandshakeTest {
  private static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";

  /** Values that have broken header parsers: separators alone, control bytes, huge and odd. */
  private static final List<String> HOSTILE =
      List.of(
          "-",
          "--",
          ",",
          ";",
          "=",
          "*",
          "q=",
          ";q=2",
          "en;q=x",
          "en;q=-1",
          "a-b-c-d-e-f-g-h-i-j",
          "\t",
          "\u00ff\u00fe",
          "\"",
          "\"unterminated",
          "Bearer",
          "Bearer ",
          "bearer \u00e9",
          "%",
          "%zz",
          "x".repeat(6000),
          "a=b; c; =; ==; ;;",
          "$Version=1; token=x",
          "-1--1",
          "9999999999999999999999-1",
          "1-",
          "null");

  private static ChannelServer server;

  @BeforeAll
  static void start() {
    server =
        ChannelServer.builder()
            .port(0)
            .mount(new ChatImpl())
            .mount(new GuardedImpl())
            .authenticator(token -> token == null ? null : () -> token)
            .tokenQueryParameter("auth")
            .tokenCookie("sid")
            .allowedOrigins("https://good.example")
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  /** The headers of a valid handshake, for a test to change. */
  private static Map<String, String> valid() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Host", "localhost");
    headers.put("Upgrade", "websocket");
    headers.put("Connection", "Upgrade");
    headers.put("Sec-WebSocket-Key", KEY);
    headers.put("Sec-WebSocket-Version", "13");
    return headers;
  }

  /** Sends one request and returns its status line and headers. */
  private static String request(String method, String target, Map<String, String> headers)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", server.port()), 10_000);
      socket.setSoTimeout(20_000);
      StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
      headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
      socket
          .getOutputStream()
          .write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) >= 0) {
        head.write(b);
        if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
          break;
        }
      }
      return head.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private static int status(String response) {
    return Integer.parseInt(response.split(" ")[1]);
  }

  private static int status(Map<String, String> headers) throws IOException {
    return status(request("GET", "/chat/h?auth=a", headers));
  }

  @Test
  void aValidHandshakeIsUpgraded() throws IOException {
    assertThat(status(valid())).isEqualTo(101);
  }

  @Test
  void aKeyThatIsNotBase64Of16BytesIsRefusedWith400() throws IOException {
    for (String key :
        List.of(
            "not-a-valid-key!!",
            "AAAAAA==",
            "",
            "dGhlIHNhbXBsZSBub25jZQ",
            "dGhlIHNhbXBsZSBub25jZQ==dGhl",
            "AAAAAAAAAAAAAAAAAAAAAAAA",
            "dGhlIHNhbXBsZSBub25jZ===")) {
      Map<String, String> headers = valid();
      headers.put("Sec-WebSocket-Key", key);
      assertWithMessage("key " + key).that(status(headers)).isEqualTo(400);
    }
    Map<String, String> headers = valid();
    headers.remove("Sec-WebSocket-Key");
    assertThat(status(headers)).isEqualTo(400);
  }

  @Test
  void anUnsupportedVersionGets426WithTheVersionsSupported() throws IOException {
    for (String version : List.of("99", "12", "0", "", "13, 99", "x")) {
      Map<String, String> headers = valid();
      headers.put("Sec-WebSocket-Version", version);
      String response = request("GET", "/chat/h?auth=a", headers);
      assertWithMessage("version " + version).that(status(response)).isEqualTo(426);
      assertThat(response).containsMatch("(?i)\r\nSec-WebSocket-Version: 13, 8, 7\r\n");
    }
    Map<String, String> headers = valid();
    headers.remove("Sec-WebSocket-Version");
    assertThat(status(headers)).isEqualTo(426);
  }

  @Test
  void aChannelPathAnswersOtherRequestsWith400Or405() throws IOException {
    Map<String, String> plain = Map.of("Host", "localhost");
    assertThat(status(plain)).isEqualTo(400);
    for (String upgrade : List.of("h2c", "", "websocket2")) {
      Map<String, String> headers = valid();
      headers.put("Upgrade", upgrade);
      assertWithMessage("Upgrade: " + upgrade).that(status(headers)).isEqualTo(400);
    }
    Map<String, String> noConnection = valid();
    noConnection.put("Connection", "keep-alive");
    assertThat(status(noConnection)).isEqualTo(400);
    Map<String, String> listed = valid();
    listed.put("Connection", "keep-alive, Upgrade");
    listed.put("Upgrade", "WebSocket");
    assertThat(status(listed)).isEqualTo(101);
    for (String method : List.of("POST", "PUT", "DELETE", "HEAD", "OPTIONS")) {
      String response = request(method, "/chat/h?auth=a", valid());
      assertWithMessage(method).that(status(response)).isEqualTo(405);
      assertThat(response).containsMatch("(?i)\r\nAllow: GET\r\n");
    }
    // A malformed request is refused for what it is, before the token is looked at.
    assertThat(status(request("GET", "/chat/h", Map.of("Host", "localhost")))).isEqualTo(400);
  }

  @Test
  void hostileHeaderAndQueryValuesNeverGet500() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String value : HOSTILE) {
      String encoded = value.replace("%", "%25").replace(" ", "%20").replace("\"", "%22");
      probe(
          failures, "Accept-Language " + value, header("Accept-Language", value), "/chat/h?auth=a");
      probe(failures, "Cookie " + value, header("Cookie", value), "/chat/h");
      probe(failures, "Cookie sid=" + value, header("Cookie", "sid=" + value), "/chat/h");
      probe(failures, "Authorization " + value, header("Authorization", value), "/chat/h");
      probe(
          failures,
          "Authorization Bearer " + value,
          header("Authorization", "Bearer " + value),
          "/chat/h");
      probe(failures, "Origin " + value, header("Origin", value), "/chat/h?auth=a");
      probe(failures, "?auth=" + value, valid(), "/chat/h?auth=" + encoded);
      probe(failures, "raw ?auth=" + value, valid(), "/chat/h?auth=" + value.replace(" ", ""));
      probe(failures, "?since=" + value, valid(), "/chat/h?auth=a&since=" + encoded);
    }
    StringBuilder cookies = new StringBuilder();
    StringBuilder query = new StringBuilder("/chat/h?auth=a");
    for (int i = 0; i < 1500; i++) {
      cookies.append("c").append(i).append("=v; ");
      query.append("&p").append(i).append("=v");
    }
    probe(failures, "1500 cookies", header("Cookie", cookies + "sid=s"), "/chat/h");
    probe(failures, "1500 query parameters", valid(), query.toString());
    assertWithMessage("answered with a 5xx").that(failures).isEmpty();
  }

  private static Map<String, String> header(String name, String value) {
    Map<String, String> headers = valid();
    headers.put(name, value);
    return headers;
  }

  private static void probe(
      List<String> failures, String what, Map<String, String> headers, String target)
      throws IOException {
    String response = request("GET", target, headers);
    if (response.isEmpty() || status(response) >= 500) {
      failures.add(what + " -> " + (response.isEmpty() ? "no answer" : response.split("\r\n")[0]));
    }
  }
}
