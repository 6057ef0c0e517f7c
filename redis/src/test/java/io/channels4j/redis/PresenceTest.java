package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.Presence;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.Await;
import io.channels4j.testing.RedisPerClass;
import io.channels4j.testing.WsClient;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Presence across two servers on a real Redis: who is in a room, wherever they are connected. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PresenceTest {
  /** A room whose members set a status and ask who is there. */
  @Channel(path = "/lounge/{name}", room = "lounge:{name}")
  public interface Lounge {
    @Action("status")
    default void status(ChannelContext ctx, Status status) {
      ctx.setPresence(status);
    }

    /** The room's members, as {@code user=meta} by user. */
    @Action("who")
    default String who(ChannelContext ctx) {
      return ctx.presence().stream()
          .map(member -> member.user() + "=" + member.meta())
          .sorted()
          .collect(Collectors.joining(","));
    }
  }

  /** What a member shows. */
  public record Status(String text) {}

  @RegisterExtension static final RedisPerClass redis = new RedisPerClass();

  private final RedisNodes nodes = new RedisNodes(redis, new Lounge() {});

  @AfterEach
  void stopAll() {
    nodes.close();
  }

  private ChannelServer node() {
    return nodes.node();
  }

  private WsClient member(ChannelServer server, String user) throws Exception {
    return nodes.member(server, "/lounge/main?token=" + user);
  }

  private static String who(WsClient client) throws Exception {
    client.sendText("{\"action\":\"who\"}");
    return (String) client.receiveJson().get("data");
  }

  @Test
  void aRoomsPresenceListsItsMembersOnEveryNodeWithWhatTheySet() throws Exception {
    ChannelServer one = node();
    ChannelServer two = node();
    WsClient ann = member(one, "ann");
    WsClient bob = member(two, "bob");
    assertThat(who(bob)).isEqualTo("ann=null,bob=null");

    ann.sendText("{\"action\":\"status\",\"text\":\"typing\"}");
    ann.fence(); // handled, so recorded
    assertThat(who(bob)).isEqualTo("ann={\"text\":\"typing\"},bob=null");
    List<Presence> seen = two.admin().presence("lounge:main");
    assertThat(seen.stream().map(Presence::user).sorted().toList()).containsExactly("ann", "bob");

    ann.close();
    Await.until(30, "ann gone", () -> two.admin().presence("lounge:main").size() == 1);
    assertThat(who(bob)).isEqualTo("bob=null");
  }

  @Test
  void aNodeThatStopsTakesItsMembersOutOfThePresence() throws Exception {
    ChannelServer one = node();
    ChannelServer two = node();
    member(one, "ann");
    WsClient bob = member(two, "bob");
    one.stop();
    assertThat(who(bob)).isEqualTo("bob=null");
  }
}
