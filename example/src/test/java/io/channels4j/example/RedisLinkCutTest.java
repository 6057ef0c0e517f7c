package io.channels4j.example;

import io.channels4j.runtime.Broker;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.test.services.RedisServerProcess;
import io.channels4j.testing.Await;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The network between one server (A, whose Redis link goes through a {@link TcpProxy}) and Redis is
 * cut while the other server (B) keeps its link: A serves its members alone, the cluster stops
 * counting them after {@code node-timeout}, and once the link is back A's members count again and
 * broadcasts cross both ways.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class RedisLinkCutTest {
  private RedisServerProcess redis;
  private TcpProxy link;
  private ChannelServer a;
  private ChannelServer b;
  private Broker observer;
  private int markers;

  @AfterEach
  void stopAll() throws IOException {
    if (observer != null) {
      observer.close();
    }
    for (ChannelServer server : new ChannelServer[] {a, b}) {
      if (server != null) {
        server.stop();
      }
    }
    if (link != null) {
      link.close();
    }
    if (redis != null) {
      redis.stop();
    }
  }

  @Test
  void aServerCutFromRedisServesItsMembersAndRejoinsTheCluster() throws IOException {
    redis = RedisServerProcess.start();
    String options = "?node-timeout=1s&prefix=cut" + System.nanoTime() + ":";
    link = new TcpProxy(RedisServerProcess.freePort(), redis.port());
    a = ChatExample.start(0, "redis://127.0.0.1:" + link.port() + options);
    b = ChatExample.start(0, redis.url(options));
    observer = ChaosTest.redisProvider().broker(URI.create(redis.url(options)));
    observer.start((room, frame) -> {});
    try (WsClient onA = member(a);
        WsClient alsoOnA = member(a);
        WsClient onB = member(b)) {
      Await.equals(10, "the cluster count", 3L, () -> observer.count("group_channel"));

      link.cut();
      // A's heartbeat stops reaching Redis: the rest of the cluster stops counting its members.
      Await.equals(10, "the count past the cut", 1L, () -> observer.count("group_channel"));
      // A's members stay connected and still hear each other.
      String during = say(a);
      awaitMessage(onA, during);
      awaitMessage(alsoOnA, during);

      link.heal();
      // A writes its members back: counted again, and broadcasts cross both ways.
      Await.equals(20, "the count after the cut", 3L, () -> observer.count("group_channel"));
      awaitCrossing(a, onB);
      awaitCrossing(b, onA);
    }
  }

  private static WsClient member(ChannelServer server) throws IOException {
    WsClient socket = WsClient.connect(server.port(), "/group");
    while (!"Join successfully".equals(socket.receiveJson().get("message"))) {
      // nothing else comes first without ?since=
    }
    return socket;
  }

  /** Sends a chat message from a new member of {@code server}; returns its text. */
  private String say(ChannelServer server) throws IOException {
    String text = "marker-" + markers++;
    // A new sender each time: the group's chat limit is once per 3 s per connection.
    try (WsClient sender = ChaosTest.join(server.port(), "/group")) {
      sender.sendText("{\"action\":\"message\",\"user\":\"s\",\"message\":\"" + text + "\"}");
      while (!sender.receive().contains(text)) {
        // the sender hears its own message once the server has handled it
      }
    }
    return text;
  }

  private static void awaitMessage(WsClient socket, String text) throws IOException {
    socket.receiveJsonUntil(frame -> text.equals(frame.get("message"))); // past senders' leaves
  }

  /**
   * Says something on {@code from} until {@code listener} hears it (Lettuce reconnects by itself).
   */
  private void awaitCrossing(ChannelServer from, WsClient listener) {
    Await.until(
        30,
        "a message from port " + from.port() + " to cross",
        () -> {
          String text = say(from);
          for (String frame = listener.receive(Duration.ofSeconds(1));
              frame != null;
              frame = listener.receive(Duration.ofMillis(200))) {
            if (frame.contains("\"message\":\"" + text + "\"")) {
              return true;
            }
          }
          return false;
        });
  }
}
