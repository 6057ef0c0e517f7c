package io.channels4j.example;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.RedisServerProcess;
import io.channels4j.testing.TestSocket;
import java.io.IOException;
import java.time.Duration;
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
  private final List<TestSocket> sockets = new ArrayList<>();

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
    sockets.forEach(TestSocket::close);
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

  private TestSocket open(ChannelServer server, String path) {
    TestSocket socket = TestSocket.open(server.port(), path);
    sockets.add(socket);
    return socket;
  }

  @Test
  void theGroupRoomSpansBothServers() {
    TestSocket alice = open(one, "/group?token=alice");
    assertThat(alice.nextJson()).containsEntry("message", "Join successfully");
    TestSocket bob = open(two, "/group?token=bob");
    assertThat(bob.nextJson()).containsEntry("message", "Join successfully");

    alice.send("{\"action\":\"message\",\"request_id\":4,\"user\":\"alice\",\"message\":\"hi\"}");
    Map<String, Object> onTwo = bob.nextJson();
    assertThat(onTwo).containsEntry("user", "alice");
    assertThat(onTwo).containsEntry("message", "hi");
    assertThat(onTwo).containsEntry("request_id", 4.0);
    assertThat(alice.nextJson()).containsEntry("message", "hi");

    bob.send("{\"action\":\"message\",\"user\":\"bob\",\"message\":\"hello from two\"}");
    assertThat(alice.nextJson()).containsEntry("message", "hello from two");

    bob.close();
    Map<String, Object> leave = alice.nextJson();
    assertThat(leave).containsEntry("action", "leave");
    assertThat(leave).containsEntry("user", "bob");
    alice.assertNoFrame(Duration.ofMillis(300));
  }

  @Test
  void thePersonRoomIsFullAcrossBothServers() {
    TestSocket alice = open(one, "/person").ready();
    open(two, "/person").ready();
    alice.send("{\"action\":\"count\"}");
    assertThat(alice.nextJson()).containsEntry("data", 2.0);

    TestSocket carol = open(two, "/person");
    assertThat((String) carol.nextJson().get("errors"))
        .startsWith("The current number of channel connections is greater than");
    assertThat(carol.awaitClose().code()).isEqualTo(1013);
  }
}
