package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static io.channels4j.runtime.undertow.LifecycleTest.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.testing.WsClient;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where and how the server serves: over TLS, as a handler in the user's own Undertow server next to
 * a REST route, and with pings and an idle timeout that close a client that stopped answering.
 */
class ServingTest {
  private static final char[] PASSWORD = "changeit".toCharArray();

  /** A self-signed key for localhost, made by the JDK's keytool. */
  private static Path keystore(Path dir) throws Exception {
    Path file = dir.resolve("server.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "EC",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                file.toString(),
                "-storepass",
                new String(PASSWORD))
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes());
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).isEqualTo(0);
    assertWithMessage(output).that(Files.exists(file)).isTrue();
    return file;
  }

  /** Sockets that trust exactly the certificate in {@code keystore}. */
  private static SSLSocketFactory trusting(Path keystore) throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      trusted.load(in, PASSWORD);
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context.getSocketFactory();
  }

  @Test
  void tlsServesWssAndOnlyThat(@TempDir Path dir) throws Exception {
    Path keys = keystore(dir);
    try (ChannelServer server =
        ChannelServer.builder().port(0).mount(new ChatImpl()).tls(keys, PASSWORD).start()) {
      try (WsClient client = WsClient.connect(trusting(keys), server.port(), "/chat/tls")) {
        client.sendText("{\"action\":\"count\",\"request_id\":3}");
        assertThat(client.receiveJson()).containsAtLeast("request_id", 3.0, "data", 1.0);
      }
      // A client speaking plain HTTP to it gets no upgrade.
      assertThrows(IOException.class, () -> WsClient.connect(server.port(), "/chat/tls").close());
    }
  }

  @Test
  void aKeystoreThatCannotBeReadIsRefusedAtOnce(@TempDir Path dir) throws Exception {
    Path keys = keystore(dir);
    ChannelServer.Builder builder = ChannelServer.builder();
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> builder.tls(keys, "wrong".toCharArray()));
    assertThat(refused).hasMessageThat().contains("server.p12");
  }

  @Test
  void asAHandlerInTheUsersUndertowNextToARestRoute() throws Exception {
    ChannelServer channels =
        ChannelServer.builder()
            .mount(new ChatImpl())
            .healthPath("/health")
            .startHandler(
                Handlers.path()
                    .addPrefixPath(
                        "/api/hello",
                        exchange -> {
                          exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
                          exchange.getResponseSender().send("hello from REST");
                        }));
    Undertow users =
        Undertow.builder().addHttpListener(0, "localhost").setHandler(channels.handler()).build();
    users.start();
    try {
      int port = ((InetSocketAddress) users.getListenerInfo().get(0).getAddress()).getPort();
      assertThat(channels.port()).isEqualTo(-1);
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> rest =
          http.send(get(port, "/api/hello"), HttpResponse.BodyHandlers.ofString());
      assertThat(rest.statusCode()).isEqualTo(200);
      assertThat(rest.body()).isEqualTo("hello from REST");
      assertThat(http.send(get(port, "/health"), HttpResponse.BodyHandlers.ofString()).body())
          .isEqualTo("{\"status\":\"ok\"}");
      assertThat(
              http.send(get(port, "/nowhere"), HttpResponse.BodyHandlers.discarding()).statusCode())
          .isEqualTo(404);
      try (WsClient client = WsClient.connect(port, "/chat/mounted")) {
        client.sendText("{\"action\":\"count\",\"request_id\":4}");
        assertThat(client.receiveJson()).containsAtLeast("request_id", 4.0, "data", 1.0);
        channels.stop(); // the channels' clients are closed; the user's server stays up
        assertThat(client.awaitClose()).isEqualTo(1001);
      }
      assertThat(
              http.send(get(port, "/api/hello"), HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(200);
    } finally {
      users.stop();
    }
  }

  private static HttpRequest get(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
  }

  @Test
  void aClientThatStopsAnsweringIsClosedAfterTheIdleTimeoutAndOneThatAnswersStays()
      throws Exception {
    try (ChannelServer server =
        ChannelServer.builder()
            .port(0)
            .mount(new ChatImpl())
            .pingInterval(Duration.ofMillis(50))
            .idleTimeout(Duration.ofMillis(400))
            .start()) {
      WsClient silent = WsClient.connect(server.port(), "/chat/idle");
      silent.fence(); // joined; from now on it reads nothing and answers no ping
      try (WsClient answering = WsClient.connect(server.port(), "/chat/idle")) {
        AtomicInteger pings = new AtomicInteger();
        BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        Thread reader =
            new Thread(
                () -> {
                  try {
                    while (true) {
                      WsClient.Frame frame = answering.next(); // answers each ping with a pong
                      if (frame.opcode() == 9) {
                        pings.incrementAndGet();
                      } else if (frame.opcode() == 1) {
                        texts.add(frame.text());
                      }
                    }
                  } catch (IOException closed) {
                    // the test is over
                  }
                });
        reader.setDaemon(true);
        reader.start();

        await("the silent client closed as idle", () -> server.idleConnectionsClosed() == 1);
        assertThat(silent.awaitClose()).isEqualTo(1001);
        silent.close();
        assertThat(pings.get()).isGreaterThan(0);
        // Connected when the silent one was, so silent as long, but it answered: still open.
        answering.sendText("{\"action\":\"count\",\"request_id\":5}");
        assertThat(texts.poll(30, TimeUnit.SECONDS)).contains("\"request_id\":5");
        assertThat(server.idleConnectionsClosed()).isEqualTo(1);
      }
    }
  }
}
