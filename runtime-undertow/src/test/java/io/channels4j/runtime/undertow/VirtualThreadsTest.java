package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.runtime.undertow.LifecycleTest.await;

import io.channels4j.runtime.undertow.fixtures.BlockingImpl;
import io.channels4j.testing.WsClient;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Handlers on a thread-per-task executor, as {@code Executors.newVirtualThreadPerTaskExecutor()}
 * is: on Java 21 and later the test runs them on virtual threads, on Java 17 on a platform thread
 * per task. Blocking handlers of many connections block at once, each on its own thread, with
 * nothing in the server holding one connection's frames behind another's; an async action's stage
 * completed by a blocked task on those threads answers its frame.
 */
class VirtualThreadsTest {
  private static final int CONNECTIONS = 64;

  private ExecutorService threads;
  private BlockingImpl impl;
  private ChannelServer server;

  @BeforeEach
  void start() {
    threads = threadPerTask();
    impl = new BlockingImpl(threads);
    server =
        ChannelServer.builder()
            .port(0)
            .mount(impl)
            .handlers(HandlerThreads.executor(threads))
            .start();
  }

  @AfterEach
  void stop() {
    impl.release.countDown();
    server.stop();
    threads.shutdown();
  }

  /** Virtual threads where the JDK has them (Java 21+), else a platform thread per task. */
  private static ExecutorService threadPerTask() {
    try {
      return (ExecutorService)
          MethodHandles.publicLookup()
              .findStatic(
                  Executors.class,
                  "newVirtualThreadPerTaskExecutor",
                  MethodType.methodType(ExecutorService.class))
              .invoke();
    } catch (NoSuchMethodException java17) {
      return Executors.newCachedThreadPool();
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static boolean virtualThreads() {
    return Runtime.version().feature() >= 21;
  }

  @Test
  void blockingHandlersOfManyConnectionsBlockAtOnceEachOnItsOwnThread() throws Exception {
    List<WsClient> clients = new ArrayList<>();
    try {
      for (int i = 0; i < CONNECTIONS; i++) {
        WsClient client = WsClient.connect(server.port(), "/blocking/r" + (i % 4));
        client.sendText("{\"action\":\"hold\",\"request_id\":" + i + "}");
        clients.add(client);
      }
      await("every handler blocked at once", () -> impl.blocked.get() == CONNECTIONS);
      impl.release.countDown();
      for (int i = 0; i < CONNECTIONS; i++) {
        var reply = clients.get(i).receiveJson();
        assertThat(reply).containsEntry("request_id", (double) i);
        String thread = (String) reply.get("data");
        assertThat(thread.startsWith("VirtualThread")).isEqualTo(virtualThreads());
      }
    } finally {
      clients.forEach(WsClient::close);
    }
  }

  @Test
  void aStageCompletedByABlockedTaskAnswersItsFrameAndTheNextFrameWaitsForIt() throws Exception {
    try (WsClient client = WsClient.connect(server.port(), "/blocking/handoff")) {
      client.sendText("{\"action\":\"handOff\",\"request_id\":1}");
      String hold = "{\"action\":\"hold\",\"request_id\":2}";
      client.sendText(hold);
      await("the stage's task blocked", () -> impl.blocked.get() == 1);
      // In turn: the second frame has arrived and waits, unhandled, while the stage is pending.
      await(
          "the second frame queued",
          () -> server.inboundQueuedBytes() == hold.getBytes(StandardCharsets.UTF_8).length);
      assertThat(impl.blocked.get()).isEqualTo(1);
      impl.release.countDown();
      assertThat(client.receiveJson())
          .containsAtLeast("action", "handOff", "request_id", 1.0, "data", "handed off");
      assertThat(client.receiveJson()).containsAtLeast("action", "hold", "request_id", 2.0);
    }
  }
}
