package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.runtime.undertow.fixtures.GuardedImpl;
import io.channels4j.testing.WsClient;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The counts heal after one reconciliation, whatever was corrupted. */
class ReconcileTest {

  private static ChannelServer start() {
    return ChannelServer.builder()
        .port(0)
        .mount(new ChatImpl())
        .mount(new GuardedImpl())
        .authenticator(token -> token == null ? null : () -> token)
        .tokenQueryParameter("auth")
        .tokenCookie("sid")
        .start();
  }

  private static String count(WsClient client) throws Exception {
    client.sendText("{\"action\":\"count\"}");
    return client.receive();
  }

  @Test
  void aMemberWithoutAConnectionIsRemoved() throws Exception {
    try (ChannelServer server = start();
        WsClient c = WsClient.connect(server.port(), "/chat/r?auth=c")) {
      assertThat(count(c)).endsWith("\"data\":1}");
      server.context.broker.tryJoin("chat:r", "no-such-connection", 0);
      assertThat(count(c)).endsWith("\"data\":2}");
      server.reconciler.reconcile();
      assertThat(count(c)).endsWith("\"data\":1}");
      assertThat(server.context.broker.localMembers().get("chat:r")).hasSize(1);
    }
  }

  @Test
  void aFullRoomWithAPhantomSeatAdmitsANewcomerAfterReconciling() throws Exception {
    try (ChannelServer server = start();
        WsClient a = WsClient.connect(server.port(), "/guarded/seats?auth=alice")) {
      a.sendText("{\"action\":\"hello\"}");
      assertThat(a.receive()).contains("hello alice");
      server.context.broker.tryJoin("/guarded/seats", "phantom", 0);
      server.reconciler.reconcile();
      try (WsClient b = WsClient.connect(server.port(), "/guarded/seats?auth=bob")) {
        b.sendText("{\"action\":\"hello\"}");
        assertThat(b.receive()).contains("hello bob");
      }
    }
  }

  @Test
  void aMemberTheBrokerLostIsAddedBackAndAStrayRoomRemoved() throws Exception {
    try (ChannelServer server = start();
        WsClient c = WsClient.connect(server.port(), "/chat/lost?auth=c")) {
      assertThat(count(c)).endsWith("\"data\":1}");
      String id = server.context.broker.localMembers().get("chat:lost").iterator().next();
      server.context.broker.leave("chat:lost", id);
      server.context.broker.tryJoin("chat:stray", id, 0);
      assertThat(count(c)).endsWith("\"data\":0}");
      server.reconciler.reconcile();
      // The repair was queued on the connection before this frame: its answer comes after it.
      assertThat(count(c)).endsWith("\"data\":1}");
      assertThat(server.context.broker.localMembers()).containsExactly("chat:lost", Set.of(id));
    }
  }
}
