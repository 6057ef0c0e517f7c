package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.testing.Await;
import io.channels4j.testing.WsClient;
import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.lang.ref.WeakReference;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The WebSocket upgrade: what it answers, and that an open socket does not keep its exchange. */
class WebSocketUpgradeTest {

  @Test
  void anOpenSocketDoesNotKeepItsHttpExchange() throws Exception {
    BlockingQueue<WeakReference<HttpServerExchange>> exchanges = new ArrayBlockingQueue<>(1);
    BlockingQueue<WebSocketChannel> channels = new ArrayBlockingQueue<>(1);
    WebSocketUpgrade upgrade =
        new WebSocketUpgrade(
            (socket, exchange, channel) -> {
              channel
                  .getReceiveSetter()
                  .set(
                      new AbstractReceiveListener() {
                        @Override
                        protected void onFullTextMessage(
                            WebSocketChannel ws, BufferedTextMessage message) {
                          WebSockets.sendText(message.getData(), ws, null);
                        }
                      });
              channel.resumeReceives();
              channels.add(channel);
            });
    Undertow undertow =
        Undertow.builder()
            .addHttpListener(0, "localhost")
            .setHandler(
                exchange -> {
                  exchanges.add(new WeakReference<>(exchange));
                  upgrade.handleRequest(exchange);
                })
            .build();
    undertow.start();
    try {
      int port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
      try (WsClient client = WsClient.connect(port, "/ws")) {
        WebSocketChannel channel = channels.poll(10, TimeUnit.SECONDS);
        assertThat(channel).isNotNull();
        WeakReference<HttpServerExchange> exchange = exchanges.take();
        // No event announces a collection: ask for one until the exchange is gone.
        Await.until(
            10,
            "the upgraded exchange to be collected",
            () -> {
              System.gc();
              return exchange.get() == null;
            });
        assertThat(channel.isOpen()).isTrue();
        client.sendText("still here");
        assertThat(client.next().text()).isEqualTo("still here");
      }
    } finally {
      undertow.stop();
    }
  }

  @Test
  void aChannelPathAnswersPlainHttpWith400AndOtherMethodsWith405() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    try (ChannelServer server = ChannelServer.builder().port(0).mount(new ChatImpl()).start()) {
      URI uri = URI.create("http://localhost:" + server.port() + "/chat/plain");
      HttpResponse<String> get =
          http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(get.statusCode()).isEqualTo(400); // the path exists; the request lacks the upgrade
      HttpResponse<String> post =
          http.send(
              HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(405);
      assertThat(post.headers().firstValue("Allow")).hasValue("GET");
      try (WsClient client = WsClient.connect(server.port(), "/chat/plain")) {
        ProtocolTest.assertAlive(client);
      }
    }
  }
}
