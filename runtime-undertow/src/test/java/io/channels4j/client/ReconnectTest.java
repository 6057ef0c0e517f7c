package io.channels4j.client;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.client.DeskClientTest.get;
import static io.channels4j.client.Events.next;

import io.channels4j.runtime.undertow.ChannelServer;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/** A client told to reconnect, under a server that closes it, and under one that goes away. */
class ReconnectTest {
  private static final Backoff FAST =
      Backoff.exponential(Duration.ofMillis(5), Duration.ofMillis(50));

  @Test
  void reconnectsAndRecoversWhatItMissed() throws Exception {
    try (ChannelServer server = ChannelServer.builder().port(0).mount(new Desk() {}).start()) {
      URI uri = URI.create("ws://localhost:" + server.port());
      Events events = new Events();
      BlockingQueue<Runnable> attempts = new LinkedBlockingQueue<>();
      DeskClient ann =
          get(
              DeskClient.connect(
                  uri,
                  "lobby",
                  ClientOptions.builder()
                      .listener(events)
                      .reconnect(FAST)
                      .reconnectScheduler((delay, attempt) -> attempts.add(attempt))
                      .build()));
      assertThat(next(events.opens)).isFalse();
      get(ann.tick()); // a frame is answered once its connection joined the room
      DeskClient bob = get(DeskClient.connect(uri, "lobby", ClientOptions.defaults()));
      try (ChannelClient bobConnection = bob.connection()) {
        get(bob.say(new Desk.Say("bob", "before")));
        assertThat(DeskClient.asSaid(next(events.messages)).text()).isEqualTo("before");

        get(ann.restart()); // the server closes ann with 1012
        assertThat(next(events.closes)).isEqualTo(new Events.Close(1012, "restart", true));
        Runnable attempt = next(attempts);
        get(bob.say(new Desk.Say("bob", "missed"))); // while ann is away
        // say has no ack: its stage completes once sent. A round trip on bob's connection, whose
        // frames are handled in order, fences "missed" into the history before ann comes back.
        get(bob.count());
        attempt.run();

        assertThat(next(events.opens)).isTrue();
        assertThat(DeskClient.asSaid(next(events.messages)).text()).isEqualTo("missed");
        assertThat(next(events.recoveries)).isEqualTo(new Events.Recovered(true, 1));
        assertThat(get(ann.echo(new Desk.Say("ann", "back"))))
            .isEqualTo(new Desk.Say("ann", "BACK"));
      }
      ann.connection().close();
      assertThat(next(events.closes)).isEqualTo(new Events.Close(1000, "", false));
      assertThat(attempts).isEmpty();
    }
  }

  @Test
  void reconnectsToANewServerOnTheSamePort() throws Exception {
    ChannelServer first = ChannelServer.builder().port(0).mount(new Desk() {}).start();
    int port = first.port();
    Events events = new Events();
    DeskClient ann =
        get(
            DeskClient.connect(
                URI.create("ws://localhost:" + port),
                "lobby",
                ClientOptions.builder().listener(events).reconnect(FAST).build()));
    assertThat(next(events.opens)).isFalse();
    get(ann.say(new Desk.Say("ann", "kept by the first server only")));
    next(events.messages);

    first.stop(); // 1001 to every client
    assertThat(next(events.closes)).isEqualTo(new Events.Close(1001, "Server shutting down", true));
    // Attempts fail (nothing listens) and back off until the new server is up.
    try (ChannelServer second = ChannelServer.builder().port(port).mount(new Desk() {}).start()) {
      assertThat(next(events.opens)).isTrue();
      // It asked to recover from its last id; the new server's history is empty.
      assertThat(next(events.recoveries)).isEqualTo(new Events.Recovered(false, 0));
      assertThat(get(ann.count())).isEqualTo(1L);
      ann.connection().close();
    }
  }

  @Test
  void givesUpAfterItsAttempts() throws Exception {
    ChannelServer server = ChannelServer.builder().port(0).mount(new Desk() {}).start();
    Events events = new Events();
    DeskClient ann =
        get(
            DeskClient.connect(
                URI.create("ws://localhost:" + server.port()),
                "lobby",
                ClientOptions.builder()
                    .listener(events)
                    .reconnect(new Backoff(Duration.ofMillis(5), Duration.ofMillis(5), 2))
                    .build()));
    server.stop();
    assertThat(next(events.closes)).isEqualTo(new Events.Close(1001, "Server shutting down", true));
    Events.Close last = next(events.closes); // two attempts, refused: nothing listens
    assertThat(last.code()).isEqualTo(1006);
    assertThat(last.reason()).startsWith("Reconnect failed: ");
    assertThat(last.reconnecting()).isFalse();
    assertThat(ann.connection().isOpen()).isFalse();
    assertThat(events.opens).containsExactly(false);
  }
}
