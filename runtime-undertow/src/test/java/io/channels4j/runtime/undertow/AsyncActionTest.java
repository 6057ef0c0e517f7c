package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.runtime.undertow.LifecycleTest.await;

import io.channels4j.runtime.ChannelException;
import io.channels4j.runtime.undertow.fixtures.AsyncImpl;
import io.channels4j.runtime.undertow.fixtures.Notice;
import io.channels4j.testing.WsClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Actions that return a {@code CompletionStage}, and {@code @NonBlocking} actions, over a real
 * socket, on the default handler threads.
 */
class AsyncActionTest {
  private AsyncImpl impl;
  private ChannelServer server;
  private WsClient client;

  @BeforeEach
  void start() throws Exception {
    impl = new AsyncImpl();
    server = ChannelServer.builder().port(0).mount(impl).start();
    client = WsClient.connect(server.port(), "/async/r").fence();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.stop();
  }

  private static String slow(long requestId, String message) {
    return "{\"action\":\"slow\",\"request_id\":"
        + requestId
        + ",\"user\":\"u\",\"message\":\""
        + message
        + "\"}";
  }

  private static String response(String action, long requestId, String data) {
    return "{\"type\":\"response\",\"action\":\""
        + action
        + "\",\"request_id\":"
        + requestId
        + ",\"status\":\"ok\",\"data\":"
        + data
        + "}";
  }

  private CompletableFuture<Notice> nextSlowStage() throws InterruptedException {
    CompletableFuture<Notice> stage = impl.slowStages.poll(30, TimeUnit.SECONDS);
    assertThat(stage).isNotNull();
    return stage;
  }

  @Test
  void aStageIsAnsweredWithItsValueWhenItCompletes() throws Exception {
    client.sendText(slow(3, "later"));
    nextSlowStage().complete(new Notice("later", 1));
    assertThat(client.receive()).isEqualTo(response("slow", 3, "{\"text\":\"later\",\"count\":1}"));
  }

  @Test
  void aStageDoneWhenReturnedIsAnsweredAtOnce() throws Exception {
    client.sendText(slow(1, "now"));
    client.sendText("{\"action\":\"where\",\"request_id\":2}");
    assertThat(client.receive())
        .isEqualTo(response("slow", 1, "{\"text\":\"at once\",\"count\":0}"));
    assertThat(client.receive())
        .startsWith("{\"type\":\"response\",\"action\":\"where\",\"request_id\":2,");
  }

  @Test
  void theNextFrameWaitsForTheStage() throws Exception {
    client.sendText(slow(1, "first"));
    CompletableFuture<Notice> stage = nextSlowStage();
    String where = "{\"action\":\"where\",\"request_id\":2}";
    client.sendText(where);
    // The frame has arrived and waits in the connection's queue, unhandled.
    await(
        "the second frame queued",
        () -> server.inboundQueuedBytes() == where.getBytes(StandardCharsets.UTF_8).length);
    assertThat(impl.whereCalls.get()).isEqualTo(0);
    stage.complete(new Notice("first", 1));
    assertThat(client.receive()).isEqualTo(response("slow", 1, "{\"text\":\"first\",\"count\":1}"));
    assertThat(client.receive())
        .startsWith("{\"type\":\"response\",\"action\":\"where\",\"request_id\":2,");
    assertThat(impl.whereCalls.get()).isEqualTo(1);
  }

  @Test
  void aFailedStageGetsTheErrorFrameOfItsException() throws Exception {
    client.sendText(slow(5, "a"));
    nextSlowStage().completeExceptionally(new ChannelException("Sold out"));
    assertThat(client.receive()).isEqualTo(ProtocolTest.error("slow", "Sold out", 5));

    client.sendText(slow(6, "b"));
    // As a stage's dependents see it: wrapped, and unwrapped again for the error frame.
    nextSlowStage().completeExceptionally(new CompletionException(new ChannelException("Gone")));
    assertThat(client.receive()).isEqualTo(ProtocolTest.error("slow", "Gone", 6));

    client.sendText(slow(7, "c"));
    nextSlowStage().completeExceptionally(new IllegalStateException("password hunter2"));
    assertThat(client.receive()).isEqualTo(ProtocolTest.error("slow", "Internal Error", 7));
    client.fence(); // the socket stays open
  }

  @Test
  void anOverlappingActionLetsTheNextFramesGoOn() throws Exception {
    client.sendText("{\"action\":\"watch\",\"request_id\":1}");
    CompletableFuture<Void> watch = impl.watchStages.poll(30, TimeUnit.SECONDS);
    assertThat(watch).isNotNull();
    client.sendText("{\"action\":\"where\",\"request_id\":2}");
    assertThat(client.receive())
        .startsWith("{\"type\":\"response\",\"action\":\"where\",\"request_id\":2,");
    watch.complete(null);
    client.fence(); // a stage of no value sends nothing

    client.sendText("{\"action\":\"watch\",\"request_id\":3}");
    impl.watchStages.poll(30, TimeUnit.SECONDS).completeExceptionally(new ChannelException("No"));
    assertThat(client.receive()).isEqualTo(ProtocolTest.error("watch", "No", 3));
  }

  @Test
  void aStageThatNeverCompletesDoesNotKeepTheLeaveEventWaiting() throws Exception {
    client.sendText(slow(1, "forever"));
    CompletableFuture<Notice> stage = nextSlowStage();
    client.close();
    await("the leave event ran", () -> impl.leaves.get() == 1);
    stage.complete(new Notice("too late", 0)); // to a closed connection: dropped
    try (WsClient other = WsClient.connect(server.port(), "/async/r")) {
      other.sendText(slow(2, "now"));
      assertThat(other.receive())
          .isEqualTo(response("slow", 2, "{\"text\":\"at once\",\"count\":0}"));
    }
  }

  @Test
  void actionsWithoutAReplyMayAcknowledgeTheirFrames() throws Exception {
    client.sendText("{\"action\":\"tick\",\"request_id\":4}");
    assertThat(client.receive()).isEqualTo(response("tick", 4, "null"));
    client.sendText("{\"action\":\"later\",\"request_id\":5}");
    assertThat(client.receive()).isEqualTo(response("later", 5, "null"));
  }

  @Test
  void nonBlockingActionsRunOnTheIoThreadAndTheOthersOnTheHandlerThreads() throws Exception {
    // The fence's task may still be ending on a handler thread when its answer arrives, and a
    // frame never overtakes its connection's queue: a non-blocking frame then runs there too. Once
    // one ran on the I/O thread, nothing of the connection is left on a handler thread, so every
    // next one runs on the I/O thread.
    int sent = 0;
    String thread;
    do {
      client.sendText("{\"action\":\"where\",\"request_id\":" + ++sent + "}");
      thread = client.receiveJson().get("data").toString();
    } while (!thread.contains("I/O") && sent < 50);
    assertThat(thread).contains("I/O");
    for (int i = 0; i < 20; i++) {
      client.sendText("{\"action\":\"where\",\"request_id\":" + ++sent + "}");
      assertThat(client.receiveJson().get("data").toString()).contains("I/O");
    }
    client.sendText("{\"action\":\"whereBlocking\",\"request_id\":" + ++sent + "}");
    assertThat(client.receiveJson().get("data").toString()).startsWith("channels4j-handler-");
  }

  @Test
  void framesOfBothKindsAreAnsweredInOrder() throws Exception {
    List<String> frames = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      String action = i % 3 == 0 ? "whereBlocking" : "where";
      frames.add("{\"action\":\"" + action + "\",\"request_id\":" + i + "}");
    }
    client.sendTextsInOneWrite(frames);
    for (int i = 1; i <= 200; i++) {
      assertThat(client.receiveJson().get("request_id")).isEqualTo((double) i);
    }
    assertThat(impl.whereCalls.get()).isEqualTo(200);
  }
}
