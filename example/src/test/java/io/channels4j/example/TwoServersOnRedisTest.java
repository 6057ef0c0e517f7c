package io.channels4j.example;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.test.services.RedisServerProcess;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two example servers started with {@code --broker redis://...} share their rooms: a broadcast on
 * one reaches members on the other, join and leave notices cross over, and {@code maxConnections}
 * counts both nodes.
 */
class TwoServersOnRedisTest {
  private RedisServerProcess redis;
  private ChannelServer one;
  private ChannelServer two;
  private final List<WsClient> sockets = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    // redis-server from PATH, or the binary shipped in embedded-redis: nothing to install.
    redis = RedisServerProcess.start();
    String url = redis.url("");
    one = ChatExample.start(0, url);
    two = ChatExample.start(0, url);
  }

  @AfterEach
  void stop() {
    sockets.forEach(WsClient::close);
    if (one != null) {
      one.stop();
    }
    if (two != null) {
      two.stop();
    }
    if (redis != null) {
      redis.stop();
    }
  }

  private WsClient open(ChannelServer server, String path) throws IOException {
    WsClient socket = WsClient.connect(server.port(), path);
    sockets.add(socket);
    return socket;
  }

  @Test
  void theGroupRoomSpansBothServers() throws IOException {
    WsClient alice = open(one, "/group?token=alice");
    assertThat(alice.receiveJson()).containsEntry("message", "Join successfully");
    WsClient bob = open(two, "/group?token=bob");
    assertThat(bob.receiveJson()).containsEntry("message", "Join successfully");

    alice.sendText(
        "{\"action\":\"message\",\"request_id\":4,\"user\":\"alice\",\"message\":\"hi\"}");
    Map<String, Object> onTwo = bob.receiveJson();
    assertThat(onTwo).containsEntry("user", "alice");
    assertThat(onTwo).containsEntry("message", "hi");
    assertThat(onTwo).containsEntry("request_id", 4.0);
    assertThat(alice.receiveJson()).containsEntry("message", "hi");

    bob.sendText("{\"action\":\"message\",\"user\":\"bob\",\"message\":\"hello from two\"}");
    assertThat(alice.receiveJson()).containsEntry("message", "hello from two");

    bob.close();
    Map<String, Object> leave = alice.receiveJson();
    assertThat(leave).containsEntry("action", "leave");
    assertThat(leave).containsEntry("user", "bob");
    // Server two publishes in order over one Redis link: a message it relays after bob's leave
    // reaches alice behind any second leave notice, and the fence behind anything of her own.
    WsClient carol = open(two, "/group?token=carol");
    assertThat(carol.receiveJson()).containsEntry("message", "Join successfully");
    carol.sendText("{\"action\":\"message\",\"user\":\"carol\",\"message\":\"after\"}");
    assertThat(alice.receiveJson()).containsEntry("message", "after");
    alice.fence();
  }

  @Test
  void thePersonRoomIsFullAcrossBothServers() throws IOException {
    WsClient alice = open(one, "/person").fence();
    open(two, "/person").fence();
    alice.sendText("{\"action\":\"count\"}");
    assertThat(alice.receiveJson()).containsEntry("data", 2.0);

    WsClient carol = open(two, "/person");
    assertThat((String) carol.receiveJson().get("errors"))
        .startsWith("The current number of channel connections is greater than");
    assertThat(carol.awaitClose()).isEqualTo(1013);
  }
}
