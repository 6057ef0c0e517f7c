package io.channels4j.test;

import static io.channels4j.test.ChannelAssertions.assertBroadcast;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.channels4j.runtime.undertow.ChannelServer;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The kit's server on a real redis-server it started: a second server on the same Redis shares its
 * rooms, which no memory broker could do.
 */
class OnRedisTest {
  @RegisterExtension
  static final ChannelTestServer server =
      ChannelTestServer.of(builder -> builder.mount(new Room() {})).onRedis();

  @Test
  void aSecondServerOnTheKitsRedisSharesTheRoom() {
    ChannelServer other =
        ChannelServer.builder()
            .host("localhost")
            .port(0)
            .broker(server.redisUrl())
            .limiter(server.redisUrl())
            .mount(new Room() {})
            .start();
    try {
      TestClient<RoomClient> alice =
          server.connect((uri, options) -> RoomClient.connect(uri, "lobby", options));
      TestClient<RoomClient> bob =
          server.connect(
              (uri, options) ->
                  RoomClient.connect(
                      URI.create("ws://localhost:" + other.port()), "lobby", options));
      server.assertRoomCount("room:lobby", 2); // counted in Redis, one member on each server
      alice.actions().say(new Room.Say("alice", "across"));
      assertBroadcast(RoomClient::asSaid, new Room.Said("alice", "across"), alice, bob);
      bob.close();
      server.assertRoomCount("room:lobby", 1);
      assertEquals(1, other.admin().room("room:lobby").connections());
    } finally {
      other.stop();
    }
  }
}
