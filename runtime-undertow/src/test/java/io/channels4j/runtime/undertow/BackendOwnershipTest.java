package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.Broker;
import io.channels4j.runtime.RateLimiter;
import io.channels4j.runtime.memory.MemoryBroker;
import io.channels4j.runtime.memory.MemoryRateLimiter;
import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.runtime.undertow.fixtures.LockedChannel;
import io.channels4j.testing.WsClient;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A broker or limiter given to the builder belongs to the one server it starts, which starts and
 * closes it; backends named by URL come from the mounted channels' class loader.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BackendOwnershipTest {
  private final Queue<String> events = new ConcurrentLinkedQueue<>();

  @Test
  void aGivenBrokerAndLimiterServeTheServerAndStopWithIt() throws Exception {
    ChannelServer server =
        ChannelServer.builder()
            .port(0)
            .broker(broker("broker"))
            .limiter(limiter("limiter"))
            .mount(new ChatImpl())
            .start();
    try (WsClient c = WsClient.connect(server.port(), "/chat/given")) {
      c.sendText("{\"action\":\"limited\",\"request_id\":1}");
      assertThat(c.receive()).contains("\"request_id\":1,\"status\":\"ok\"");
      // Once for each of the action's two @Limit rules.
      assertThat(events)
          .containsExactly(
              "broker started", "broker joined chat:given", "limiter counted", "limiter counted")
          .inOrder();
    } finally {
      server.stop();
    }
    assertThat(events).containsAtLeast("broker closed", "limiter closed");
  }

  @Test
  void aStartThatFailsClosesTheGivenLimiterThenTheGivenBroker() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                ChannelServer.builder()
                    .port(0)
                    .broker(broker("broker"))
                    .limiter(limiter("limiter"))
                    .mount(new ChatImpl())
                    .mount(ctx -> "opened", LockedChannel.class)
                    .start());
    assertThat(e).hasMessageThat().contains("no policy configured");
    assertThat(events).containsExactly("limiter closed", "broker closed").inOrder();
  }

  @Test
  void aGivenBrokerServesOnlyTheFirstServerOfItsBuilder() throws Exception {
    ChannelServer.Builder builder =
        ChannelServer.builder().port(0).broker(broker("first")).mount(new ChatImpl());
    try (ChannelServer first = builder.start()) {
      IllegalStateException again = assertThrows(IllegalStateException.class, builder::start);
      assertThat(again).hasMessageThat().contains("broker(Broker) belongs to the server");
      try (WsClient c = WsClient.connect(first.port(), "/chat/first")) {
        ProtocolTest.assertAlive(c);
      }
      try (ChannelServer second = builder.broker(broker("second")).start()) {
        assertThat(events)
            .containsExactly("first started", "first joined chat:first", "second started")
            .inOrder();
      }
      assertThat(events).doesNotContain("first closed");
    }
    assertThat(events).contains("first closed");
  }

  @Test
  void backendsAreFoundWhereTheChannelsAreNotThroughTheContextClassLoader() throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      thread.setContextClassLoader(empty); // sees no BackendProvider of the test classpath
      try (ChannelServer server =
              ChannelServer.builder().port(0).broker("flaky://x").mount(new ChatImpl()).start();
          WsClient c = WsClient.connect(server.port(), "/chat/loaders")) {
        ProtocolTest.assertAlive(c);
        assertThat(List.copyOf(FlakyBackend.SUBSCRIPTIONS)).contains("+chat:loaders");
      }
    } finally {
      thread.setContextClassLoader(context);
    }
  }

  /** An in-memory broker that records its start, joins and close as {@code name ...}. */
  private Broker broker(String name) {
    return new ForwardingBroker(new MemoryBroker()) {
      @Override
      public void start(Delivery delivery) {
        events.add(name + " started");
        super.start(delivery);
      }

      @Override
      public boolean tryJoin(String room, String connectionId, int maxConnections) {
        events.add(name + " joined " + room);
        return super.tryJoin(room, connectionId, maxConnections);
      }

      @Override
      public void close() {
        events.add(name + " closed");
        super.close();
      }
    };
  }

  /** An in-memory limiter that records its hits and close as {@code name ...}. */
  private RateLimiter limiter(String name) {
    MemoryRateLimiter delegate = new MemoryRateLimiter();
    return new RateLimiter() {
      @Override
      public long acquire(String key, int times, long windowMillis) {
        events.add(name + " counted");
        return delegate.acquire(key, times, windowMillis);
      }

      @Override
      public void close() {
        events.add(name + " closed");
        delegate.close();
      }
    };
  }
}
