package io.channels4j.test;

import static io.channels4j.test.ChannelAssertions.assertError;
import static io.channels4j.test.ChannelAssertions.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code @Limit(times = 1, minutes = 10)} on the test's clock: the window opens again when the
 * clock has moved ten minutes, and the test waits for none of them.
 */
class LimitOnTheClockTest {
  @RegisterExtension
  static final ChannelTestServer server =
      ChannelTestServer.of(builder -> builder.mount(new Room() {}));

  @Test
  void aTenMinuteWindowOpensWhenTheClockHasMovedTenMinutes() {
    TestClient<RoomClient> alice =
        server.connect((uri, options) -> RoomClient.connect(uri, "lobby", options));
    assertEquals(1L, await(alice.actions().poll()));
    assertError(alice.actions().poll(), "Too Many Requests. Retry after 600 seconds.");

    server.clock().advance(Duration.ofMinutes(10).minusSeconds(1));
    assertError(alice.actions().poll(), "Too Many Requests. Retry after 1 seconds.");

    server.clock().advance(Duration.ofSeconds(1));
    assertEquals(1L, await(alice.actions().poll()));
    assertError(alice.actions().poll(), "Too Many Requests. Retry after 600 seconds.");
  }

  @Test
  void theLimitIsPerConnection() {
    TestClient<RoomClient> alice =
        server.connect((uri, options) -> RoomClient.connect(uri, "lobby", options));
    TestClient<RoomClient> bob =
        server.connect((uri, options) -> RoomClient.connect(uri, "lobby", options));
    assertEquals(1L, await(alice.actions().poll()));
    assertEquals(1L, await(bob.actions().poll()));
  }
}
