package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.testing.WsClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Presence: each member's user and metadata, and the batched join and leave events. The events'
 * timer is set far off and the test sends each batch itself, so what one frame holds is exact.
 */
class PresenceEventsTest {
  private ChannelServer server;
  private final List<WsClient> clients = new ArrayList<>();

  @BeforeEach
  void start() {
    server =
        ChannelServer.builder()
            .port(0)
            .mount(new ChatImpl())
            .authenticator(token -> () -> token)
            .presenceEvents(Duration.ofHours(1), 3)
            .start();
  }

  @AfterEach
  void stop() {
    clients.forEach(WsClient::close);
    server.stop();
  }

  private WsClient join(String user) throws Exception {
    WsClient client = WsClient.connect(server.port(), "/chat/lounge?token=" + user);
    clients.add(client);
    client.fence();
    return client;
  }

  /** Sends the batched events now, as the timer would. */
  private void tick() {
    server.context.presenceEvents.flush();
  }

  @Test
  void oneFrameListsWhoJoinedAndWhoLeftSinceTheLast() throws Exception {
    WsClient ann = join("ann");
    WsClient bob = join("bob");
    tick();
    Map<String, Object> joined = ann.receiveJson();
    assertThat(joined).containsAtLeast("type", "presence", "room", "chat:lounge", "count", 2.0);
    assertThat((List<?>) joined.get("joined")).hasSize(2);
    assertThat(joined.get("left")).isEqualTo(List.of());
    assertThat(bob.receiveJson()).isEqualTo(joined); // every member gets the same frame

    String bobId =
        server.admin().connections("chat:lounge").stream()
            .filter(c -> "bob".equals(c.user()))
            .findFirst()
            .orElseThrow()
            .id();
    bob.close();
    LifecycleTest.await("bob left", () -> server.admin().room("chat:lounge").connections() == 1);
    tick();
    Map<String, Object> left = ann.receiveJson();
    assertThat(left).containsAtLeast("joined", List.of(), "left", List.of(bobId), "count", 1.0);
    tick(); // nothing changed: no frame
    ann.fence();
  }

  @Test
  void aListedMemberCarriesItsUserAndMeta() throws Exception {
    WsClient ann = join("ann");
    tick();
    @SuppressWarnings("unchecked")
    Map<String, Object> member =
        ((List<Map<String, Object>>) ann.receiveJson().get("joined")).get(0);
    assertThat(member).containsAtLeast("user", "ann", "meta", null);
    assertThat(member.get("id")).isEqualTo(server.admin().connections("chat:lounge").get(0).id());
  }

  @Test
  void moreChangesThanTheLimitAreOnlyCounted() throws Exception {
    WsClient first = join("u0");
    for (int i = 1; i < 5; i++) {
      join("u" + i);
    }
    tick();
    assertThat(first.receiveJson())
        .containsExactly(
            "type", "presence", "room", "chat:lounge", "joined", 5.0, "left", 0.0, "count", 5.0);
  }
}
