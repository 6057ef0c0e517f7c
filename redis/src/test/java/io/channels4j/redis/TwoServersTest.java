package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.test.services.RedisServerProcess;
import io.channels4j.testing.RedisPerClass;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two real servers sharing one standalone Redis, which may restart. */
class TwoServersTest extends TwoServersContract {
  @RegisterExtension static final RedisPerClass redis = new RedisPerClass();

  @Override
  protected RedisPerClass redis() {
    return redis;
  }

  @Test
  void serversSurviveARedisRestartAndReconnectTheRoom() throws Exception {
    try (RedisServerProcess own = RedisServerProcess.start()) {
      ChannelServer one =
          server(own.url("?prefix=" + prefix + "&node-timeout=1s"), new ArenaImpl());
      ChannelServer two =
          server(own.url("?prefix=" + prefix + "&node-timeout=1s"), new ArenaImpl());
      WsClient a = open(one).fence();
      WsClient local = open(one).fence();
      WsClient b = open(two).fence();
      awaitCount(a, 3);

      own.stop();
      // Local members still hear each other while Redis is away.
      a.sendText("{\"action\":\"say\",\"text\":\"during\"}");
      assertThat(local.receive()).isEqualTo(said("during"));
      assertThat(a.receive()).isEqualTo(said("during"));

      own.restart();
      int round = 0;
      while (true) {
        String text = "after-" + round++;
        a.sendText("{\"action\":\"say\",\"text\":\"" + text + "\"}");
        assertThat(a.receive()).isEqualTo(said(text));
        assertThat(local.receive()).isEqualTo(said(text));
        if (crossed(b, said(text), "after-")) {
          break;
        }
        assertThat(round).isLessThan(100);
      }
      // b has seen only "after-" rounds: pub/sub is at-most-once, "during" is not replayed.
      // The other way too: each server reconnects its own links, not both at the same moment.
      round = 0;
      while (true) {
        String text = "back-" + round++;
        b.sendText("{\"action\":\"say\",\"text\":\"" + text + "\"}");
        assertThat(b.receive()).isEqualTo(said(text));
        if (crossed(a, said(text), "back-")) {
          break;
        }
        assertThat(round).isLessThan(100);
      }
    }
  }

  /**
   * Whether {@code expected} reaches {@code socket} within a short wait; fails on anything but a
   * frame of the same {@code round}s.
   */
  private static boolean crossed(WsClient socket, String expected, String round)
      throws IOException {
    String frame = socket.receive(Duration.ofMillis(100));
    if (frame == null) {
      return false;
    }
    assertThat(frame).startsWith("{\"text\":\"" + round);
    // Earlier rounds may arrive late; drain until the one just sent.
    while (!frame.equals(expected)) {
      frame = socket.receive();
    }
    return true;
  }
}
