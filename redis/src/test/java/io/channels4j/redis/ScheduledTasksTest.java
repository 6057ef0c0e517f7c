package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.ScheduledTask;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.Await;
import io.channels4j.testing.RedisPerClass;
import io.channels4j.testing.WsClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scheduled tasks on two servers sharing a real Redis: each run fires on one node only, a task
 * outlives the node that scheduled it, and a scheduled disconnect reaches the user on every node.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ScheduledTasksTest {
  /** Rooms to broadcast to. */
  @Channel(path = "/hall/{name}", room = "hall:{name}")
  public interface Hall {
    @Action("count")
    default long count(ChannelContext ctx) {
      return ctx.connectionCount();
    }
  }

  @RegisterExtension static final RedisPerClass redis = new RedisPerClass();

  private final RedisNodes nodes = new RedisNodes(redis, new Hall() {});

  @AfterEach
  void stopAll() {
    nodes.close();
  }

  private ChannelServer node() {
    return nodes.node();
  }

  private WsClient member(ChannelServer server, String path) throws Exception {
    return nodes.member(server, path);
  }

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aScheduledBroadcastFiresOnceAcrossTwoNodes() throws Exception {
    ChannelServer one = node();
    ChannelServer two = node();
    WsClient onOne = member(one, "/hall/main?token=a");
    WsClient onTwo = member(two, "/hall/main?token=b");
    String message = "{\"text\":\"once\"}";
    one.admin().scheduleBroadcast("hall:main", json(message), Instant.now().plusMillis(300), null);
    assertThat(two.admin().schedules()).hasSize(1); // shared through Redis

    assertThat(onOne.receive()).isEqualTo(message);
    assertThat(onTwo.receive()).isEqualTo(message);
    Await.until(10, "the run claimed", () -> one.admin().schedules().isEmpty());
    // Claimed once: neither node can fire it again, and neither client got a second copy.
    onOne.fence();
    onTwo.fence();
  }

  @Test
  void aRepeatingBroadcastKeepsFiringWhicheverNodeClaimsItUntilCancelled() throws Exception {
    ChannelServer one = node();
    ChannelServer two = node();
    WsClient client = member(one, "/hall/ticks?token=a");
    ScheduledTask task =
        one.admin()
            .scheduleBroadcast(
                "hall:ticks", json("{\"tick\":1}"), Instant.now(), Duration.ofMillis(250));
    for (int i = 0; i < 4; i++) {
      assertThat(client.receive()).isEqualTo("{\"tick\":1}");
    }
    assertThat(one.admin().cancel(task.id())).isTrue();
    assertThat(two.admin().schedules()).isEmpty(); // cancelled for every node
  }

  @Test
  void aTaskOutlivesTheNodeThatScheduledIt() throws Exception {
    ChannelServer one = node();
    ChannelServer two = node();
    WsClient onTwo = member(two, "/hall/later?token=b");
    one.admin()
        .scheduleBroadcast(
            "hall:later", json("{\"text\":\"still\"}"), Instant.now().plusMillis(500), null);
    one.stop();
    assertThat(onTwo.receive()).isEqualTo("{\"text\":\"still\"}");
  }

  @Test
  void aScheduledDisconnectClosesTheUserOnEveryNode() throws Exception {
    ChannelServer one = node();
    ChannelServer two = node();
    WsClient annOnOne = member(one, "/hall/x?token=ann");
    WsClient annOnTwo = member(two, "/hall/y?token=ann");
    WsClient bobOnTwo = member(two, "/hall/y?token=bob");
    one.admin().scheduleDisconnect("ann", 4003, "shift over", Instant.now().plusMillis(200), null);
    assertThat(annOnOne.awaitClose()).isEqualTo(4003);
    assertThat(annOnTwo.awaitClose()).isEqualTo(4003);
    bobOnTwo.fence(); // not ann: still open
  }
}
