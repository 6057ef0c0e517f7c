package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.undertow.fixtures.ChatChannel;
import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.runtime.undertow.fixtures.RelayChannel;
import io.channels4j.testing.Await;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Concurrency, ordering, slow clients, graceful stop, health and configuration. */
class LifecycleTest {

  /** Waits for a condition the server reaches asynchronously; fails after a generous bound. */
  static void await(String what, Await.Condition condition) {
    Await.until(30, what, condition);
  }

  @Test
  void twoHundredConcurrentConnectionsJoinAndLeaveWithExactCounts() throws Exception {
    ChatImpl chat = new ChatImpl();
    try (ChannelServer server = ChannelServer.builder().port(0).mount(chat).start()) {
      ExecutorService pool = Executors.newFixedThreadPool(50);
      try {
        List<Future<WsClient>> opening = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          opening.add(
              pool.submit(
                  () -> {
                    WsClient c = WsClient.connect(server.port(), "/chat/crowd");
                    ProtocolTest.assertAlive(c);
                    return c;
                  }));
        }
        List<WsClient> clients = new ArrayList<>();
        for (Future<WsClient> f : opening) {
          clients.add(f.get(60, TimeUnit.SECONDS));
        }
        assertThat(chat.joins).hasSize(200);
        assertThat(chat.countsAtJoin.stream().mapToLong(Long::longValue).max().getAsLong())
            .isEqualTo(200);
        clients.get(0).sendText("{\"action\":\"count\"}");
        assertThat(clients.get(0).receive()).endsWith("\"data\":200}");

        List<Future<?>> closing = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
          WsClient c = clients.get(i);
          boolean polite = i % 2 == 0;
          closing.add(
              pool.submit(
                  () -> {
                    if (polite) {
                      c.sendFrame(8, new byte[] {0x03, (byte) 0xe8}); // close 1000
                    }
                    c.close(); // the other half just drop the TCP connection
                    return null;
                  }));
        }
        for (Future<?> f : closing) {
          f.get(60, TimeUnit.SECONDS);
        }
        await("200 leave events", () -> chat.leaves.size() == 200);
        assertThat(chat.leaves).containsExactlyElementsIn(chat.joins);
        await("no open connections", () -> server.openConnections() == 0);
        try (WsClient last = WsClient.connect(server.port(), "/chat/crowd")) {
          last.sendText("{\"action\":\"count\"}");
          assertThat(last.receive()).endsWith("\"data\":1}");
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void thousandFramesFromOneConnectionAreHandledInOrder() throws Exception {
    try (ChannelServer server = ChannelServer.builder().port(0).mount(new ChatImpl()).start();
        WsClient c = WsClient.connect(server.port(), "/chat/order")) {
      CompletableFuture<Void> sending =
          CompletableFuture.runAsync(
              () -> {
                try {
                  for (int i = 1; i <= 1000; i++) {
                    c.sendText(
                        "{\"action\":\"echo\",\"request_id\":"
                            + i
                            + ",\"user\":\"u\",\"message\":\""
                            + i
                            + "\"}");
                  }
                } catch (IOException e) {
                  throw new RuntimeException(e);
                }
              });
      for (int i = 1; i <= 1000; i++) {
        assertThat(c.receive())
            .isEqualTo(
                "{\"type\":\"response\",\"action\":\"echo\",\"request_id\":"
                    + i
                    + ",\"status\":\"ok\",\"data\":{\"user\":\"u\",\"message\":\""
                    + i
                    + "\"}}");
      }
      sending.get(30, TimeUnit.SECONDS);
      await("the outbound queue drained", () -> server.queuedBytes() == 0);
    }
  }

  @Test
  void clientThatStopsReadingIsClosedWith1008WhileOthersKeepReceiving() throws Exception {
    int frames = 3000;
    String text = "x".repeat(4096);
    try (ChannelServer server =
            ChannelServer.builder()
                .port(0)
                .mount(new ChatImpl())
                .maxQueuedBytes(128 * 1024)
                .closeTimeout(java.time.Duration.ofSeconds(20))
                .start();
        WsClient slow = WsClient.connect(server.port(), "/chat/slow", Map.of(), 4096);
        WsClient fast = WsClient.connect(server.port(), "/chat/slow");
        WsClient sender = WsClient.connect(server.port(), "/chat/slow")) {
      ProtocolTest.assertAlive(slow);
      ProtocolTest.assertAlive(fast);
      ProtocolTest.assertAlive(sender);
      ExecutorService readers = Executors.newFixedThreadPool(2);
      AtomicInteger fastCount = new AtomicInteger();
      AtomicInteger senderCount = new AtomicInteger();
      try {
        Future<Integer> fastGot = readers.submit(() -> countBroadcasts(fast, frames, fastCount));
        Future<Integer> senderGot =
            readers.submit(() -> countBroadcasts(sender, frames, senderCount));
        for (int i = 0; i < frames; i++) {
          sender.sendText("{\"action\":\"message\",\"user\":\"s\",\"message\":\"" + text + "\"}");
          // Pace the sender by the readers that do read (at most 16 frames, 64 KiB, behind),
          // so only the client that stopped reading falls behind.
          int sent = i + 1;
          if (sent % 4 == 0) {
            await(
                "readers catch up",
                () -> Math.min(fastCount.get(), senderCount.get()) >= sent - 16);
          }
        }
        assertThat(fastGot.get(60, TimeUnit.SECONDS)).isEqualTo(frames);
        assertThat(senderGot.get(60, TimeUnit.SECONDS)).isEqualTo(frames);
      } finally {
        readers.shutdownNow();
      }
      await("the slow client counted", () -> server.slowClientsClosed() == 1);
      // Now read what the server queued for the slow client: a bounded part, then close 1008.
      int received = 0;
      while (true) {
        WsClient.Frame frame = slow.next();
        if (frame.isClose()) {
          assertThat(frame.closeCode()).isEqualTo(1008);
          break;
        }
        received++;
      }
      assertThat(received).isLessThan(frames / 2);
      assertThat(server.slowClientsClosed()).isEqualTo(1);
      // The slow client's connection is released and its leave event runs.
      await("the slow connection released", () -> server.openConnections() == 2);
    }
  }

  private static int countBroadcasts(WsClient client, int expected, AtomicInteger counter)
      throws IOException {
    while (counter.get() < expected) {
      if (client.receive().startsWith("{\"text\":\"s: ")) {
        counter.incrementAndGet();
      }
    }
    return counter.get();
  }

  @Test
  void gracefulStopSends1001AndRunsLeaveEvents() throws Exception {
    ChatImpl chat = new ChatImpl();
    ChannelServer server = ChannelServer.builder().port(0).mount(chat).start();
    List<WsClient> clients = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      WsClient c = WsClient.connect(server.port(), "/chat/stop" + i);
      ProtocolTest.assertAlive(c);
      clients.add(c);
    }
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
    for (WsClient c : clients) {
      assertThat(c.awaitClose()).isEqualTo(1001);
    }
    stopping.get(30, TimeUnit.SECONDS);
    assertThat(chat.leaves).containsExactlyElementsIn(chat.joins);
    assertThat(chat.leaves).hasSize(3);
    assertThat(server.openConnections()).isEqualTo(0);
    for (WsClient c : clients) {
      c.close();
    }
    assertThrows(IOException.class, () -> WsClient.connect(server.port(), "/chat/after"));
  }

  @Test
  void stopClosesConnectionsInBatchesOldestFirst() throws Exception {
    ChatImpl chat = new ChatImpl();
    ChannelServer server =
        ChannelServer.builder()
            .port(0)
            .mount(chat)
            .shutdownBatchSize(2)
            .closeTimeout(Duration.ofSeconds(60))
            .shutdownTimeout(Duration.ofSeconds(60))
            .start();
    List<WsClient> clients = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      WsClient c = WsClient.connect(server.port(), "/chat/drain" + i);
      ProtocolTest.assertAlive(c); // joined: opened in this order
      clients.add(c);
    }
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);

    // The first batch is told, and left waiting: the clients do not answer their close yet.
    for (WsClient c : clients.subList(0, 2)) {
      assertThat(c.nextUnanswered().closeCode()).isEqualTo(1001);
    }
    for (WsClient c : clients.subList(2, 5)) {
      c.fence(); // still open, nothing sent to them before the fence's answer
    }
    assertThat(chat.leaves).isEmpty();

    // Once the first batch has closed, the second is told; the last client still waits.
    for (WsClient c : clients.subList(0, 2)) {
      c.sendFrame(8, new byte[] {0x03, (byte) 0xe9});
    }
    for (WsClient c : clients.subList(2, 4)) {
      assertThat(c.nextUnanswered().closeCode()).isEqualTo(1001);
    }
    clients.get(4).fence();
    assertThat(chat.leaves).hasSize(2);

    for (WsClient c : clients.subList(2, 4)) {
      c.sendFrame(8, new byte[] {0x03, (byte) 0xe9});
    }
    assertThat(clients.get(4).awaitClose()).isEqualTo(1001);
    stopping.get(30, TimeUnit.SECONDS);
    assertThat(chat.leaves).containsExactlyElementsIn(chat.joins);
    assertThat(chat.leaves).hasSize(5);
    for (WsClient c : clients) {
      c.close();
    }
  }

  @Test
  void shutdownBatchSizeMustBePositive() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ChannelServer.builder().shutdownBatchSize(0));
    assertThat(e).hasMessageThat().contains("shutdownBatchSize must be at least 1");
  }

  @Test
  void healthStaticResourcesAndNotFound() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    try (ChannelServer server =
        ChannelServer.builder()
            .port(0)
            .mount(new ChatImpl())
            .healthPath("/health")
            .staticResources("/static", "web")
            .start()) {
      HttpResponse<String> health = get(http, server, "/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
      HttpResponse<String> file = get(http, server, "/static/hello.txt");
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.body()).isEqualTo("hello static");
      assertThat(get(http, server, "/nothing/here").statusCode()).isEqualTo(404);
    }
    try (ChannelServer degraded =
        ChannelServer.builder()
            .port(0)
            .broker("flaky://somewhere")
            .mount(new ChatImpl())
            .healthPath("/health")
            .staticResources("/", "web")
            .start()) {
      HttpResponse<String> health = get(http, degraded, "/health");
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body()).isEqualTo("{\"status\":\"degraded\"}");
      assertThat(get(http, degraded, "/hello.txt").body()).isEqualTo("hello static");
      try (WsClient c = WsClient.connect(degraded.port(), "/chat/root")) {
        ProtocolTest.assertAlive(c); // channels still win over the root static folder
      }
    }
  }

  private static HttpResponse<String> get(HttpClient http, ChannelServer server, String path)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void jdkWebSocketClientWorksAndGetsChineseTexts() throws Exception {
    try (ChannelServer server = ChannelServer.builder().port(0).mount(new ChatImpl()).start()) {
      java.util.concurrent.LinkedBlockingQueue<String> texts =
          new java.util.concurrent.LinkedBlockingQueue<>();
      WebSocket ws =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .header("Accept-Language", "zh")
              .buildAsync(
                  URI.create("ws://localhost:" + server.port() + "/chat/jdk"),
                  new WebSocket.Listener() {
                    final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(
                        WebSocket webSocket, CharSequence data, boolean last) {
                      partial.append(data);
                      if (last) {
                        texts.add(partial.toString());
                        partial.setLength(0);
                      }
                      webSocket.request(1);
                      return null;
                    }
                  })
              .get(10, TimeUnit.SECONDS);
      ws.sendText("{\"action\":\"echo\",\"request_id\":5,\"user\":\"u\",\"message\":\"m\"}", true)
          .get(10, TimeUnit.SECONDS);
      assertThat(texts.poll(10, TimeUnit.SECONDS)).isEqualTo(ProtocolTest.echo(5));
      ws.sendText("{\"action\":\"legacy\"}", true).get(10, TimeUnit.SECONDS);
      assertThat(texts.poll(10, TimeUnit.SECONDS))
          .isEqualTo(
              ProtocolTest.error("legacy", "\u64cd\u4f5c 'legacy' \u5df2\u5f03\u7528\u3002", 1));
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void executorAndDefaultPermissionAreReplaceable() throws Exception {
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (ChannelServer server =
            ChannelServer.builder()
                .port(0)
                .mount(new ChatImpl())
                .handlers(
                    HandlerThreads.executor(
                        command -> {
                          tasks.incrementAndGet();
                          pool.execute(command);
                        }))
                .defaultPermission(ctx -> !"echo".equals(ctx.action()))
                .start();
        WsClient c = WsClient.connect(server.port(), "/chat/policy?token=admin")) {
      c.sendText("{\"action\":\"echo\",\"user\":\"u\",\"message\":\"m\"}");
      assertThat(c.receive()).isEqualTo(ProtocolTest.error("echo", "Permission Denied", 1));
      c.sendText("{\"action\":\"count\"}"); // undeclared too, but the policy allows it
      assertThat(c.receive()).endsWith("\"data\":1}");
      c.sendText("{\"action\":\"never\"}"); // declared deny: the policy does not override it
      assertThat(c.receive()).isEqualTo(ProtocolTest.error("never", "Permission Denied", 1));
      assertThat(tasks.get()).isGreaterThan(0);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void handlersOnIoThreadsRunThereInOrder() throws Exception {
    ChatImpl chat = new ChatImpl();
    try (ChannelServer server =
            ChannelServer.builder()
                .port(0)
                .mount(chat)
                .handlers(HandlerThreads.ioThreads())
                .start();
        WsClient a = WsClient.connect(server.port(), "/chat/io");
        WsClient b = WsClient.connect(server.port(), "/chat/io")) {
      // The upgrade's answer can reach b before b has joined the room: wait for both joins.
      await("both joined", () -> chat.joins.size() == 2);
      for (int i = 1; i <= 200; i++) {
        a.sendText(
            "{\"action\":\"message\",\"request_id\":" + i + ",\"user\":\"a\",\"message\":\"m\"}");
      }
      for (int i = 1; i <= 200; i++) {
        assertThat(b.receive()).isEqualTo("{\"text\":\"a: m\",\"count\":" + i + "}");
      }
      b.sendText("{\"action\":\"count\"}");
      assertThat(b.receive()).endsWith("\"data\":2}");
      assertThat(chat.joins).hasSize(2);
      assertThat(chat.countThreads).hasSize(1);
      assertThat(chat.countThreads.peek()).contains("I/O");
    }
    await("the leave events ran", () -> chat.leaves.size() == 2);
  }

  @Test
  void aBurstOfFramesReadAtOnceIsAnsweredInOrderOnTheIoThreads() throws Exception {
    // The first reply may leave at once; the rest wait for the I/O thread's flush task, which
    // waits behind the frames read with them.
    try (ChannelServer server =
            ChannelServer.builder()
                .port(0)
                .mount(new ChatImpl())
                .handlers(HandlerThreads.ioThreads())
                .start();
        WsClient c = WsClient.connect(server.port(), "/chat/burst")) {
      List<String> frames = new ArrayList<>();
      for (int i = 1; i <= 200; i++) {
        frames.add(
            "{\"action\":\"echo\",\"request_id\":" + i + ",\"user\":\"u\",\"message\":\"m\"}");
      }
      c.sendTextsInOneWrite(frames);
      for (int i = 1; i <= 200; i++) {
        assertThat(c.receive())
            .isEqualTo(
                "{\"type\":\"response\",\"action\":\"echo\",\"request_id\":"
                    + i
                    + ",\"status\":\"ok\",\"data\":{\"user\":\"u\",\"message\":\"m\"}}");
      }
      await("the outbound queue drained", () -> server.queuedBytes() == 0);
    }
  }

  @Test
  void handlersRunOnTheExecutorByDefault() throws Exception {
    ChatImpl chat = new ChatImpl();
    try (ChannelServer server = ChannelServer.builder().port(0).mount(chat).start();
        WsClient c = WsClient.connect(server.port(), "/chat/pool")) {
      c.sendText("{\"action\":\"count\"}");
      assertThat(c.receive()).endsWith("\"data\":1}");
      assertThat(chat.countThreads).hasSize(1);
      assertThat(chat.countThreads.peek()).startsWith("channels4j-handler-");
    }
  }

  @Test
  void failingJoinAndLeaveEventsAreLoggedAndHarmless() throws Exception {
    ChatImpl chat = new ChatImpl();
    try (ChannelServer server = ChannelServer.builder().port(0).mount(chat).start()) {
      try (WsClient c = WsClient.connect(server.port(), "/chat/explode")) {
        ProtocolTest.assertAlive(c);
        c.sendText("{\"action\":\"count\"}");
        assertThat(c.receive()).endsWith("\"data\":1}");
      }
      await("the leave event ran", () -> chat.leaves.size() == 1);
      await("the connection is gone", () -> server.openConnections() == 0);
      try (WsClient c = WsClient.connect(server.port(), "/chat/explode")) {
        c.sendText("{\"action\":\"count\"}");
        assertThat(c.receive()).endsWith("\"data\":1}"); // the first one left the room
      }
    }
  }

  @Test
  void nodeSubscribesOnFirstLocalMemberAndUnsubscribesOnLast() throws Exception {
    try (ChannelServer server =
        ChannelServer.builder().port(0).broker("flaky://x").mount(new ChatImpl()).start()) {
      WsClient a = WsClient.connect(server.port(), "/chat/sub");
      ProtocolTest.assertAlive(a);
      WsClient b = WsClient.connect(server.port(), "/chat/sub");
      ProtocolTest.assertAlive(b);
      assertThat(FlakyBackend.SUBSCRIPTIONS.stream().filter(e -> e.endsWith(":sub")).toList())
          .containsExactly("+chat:sub");
      a.close();
      await("a left", () -> server.openConnections() == 1);
      assertThat(FlakyBackend.SUBSCRIPTIONS.stream().filter(e -> e.endsWith(":sub")).toList())
          .containsExactly("+chat:sub");
      b.close();
      await("b left", () -> server.openConnections() == 0);
      assertThat(FlakyBackend.SUBSCRIPTIONS.stream().filter(e -> e.endsWith(":sub")).toList())
          .containsExactly("+chat:sub", "-chat:sub")
          .inOrder();
    }
  }

  @Test
  void brokerFailureAtConnectIsInternalErrorAndClose1011() throws Exception {
    try (ChannelServer server =
            ChannelServer.builder().port(0).broker("flaky://x").mount(new ChatImpl()).start();
        WsClient c = WsClient.connect(server.port(), "/chat/unreachable")) {
      assertThat(c.receive()).isEqualTo(ProtocolTest.error("Internal Error", 1));
      assertThat(c.awaitClose()).isEqualTo(1011);
      await("released", () -> server.openConnections() == 0);
    }
  }

  @Test
  void busyHandlersPauseReadingSoInboundQueueStaysBounded() throws Exception {
    ChatImpl chat = new ChatImpl();
    chat.gate = new java.util.concurrent.CountDownLatch(1);
    long bound = 64 * 1024;
    int frames = 400;
    String text = "y".repeat(8192);
    try (ChannelServer server =
            ChannelServer.builder().port(0).mount(chat).maxQueuedBytes(bound).start();
        WsClient c = WsClient.connect(server.port(), "/chat/busy")) {
      ProtocolTest.assertAlive(c);
      c.sendText("{\"action\":\"hold\"}");
      CompletableFuture<Void> sending =
          CompletableFuture.runAsync(
              () -> {
                try {
                  for (int i = 1; i <= frames; i++) {
                    c.sendText(
                        "{\"action\":\"echo\",\"request_id\":"
                            + i
                            + ",\"user\":\"u\",\"message\":\""
                            + text
                            + "\"}");
                  }
                } catch (IOException e) {
                  throw new RuntimeException(e);
                }
              });
      // While the handler is blocked, the server reads past the bound by at most one frame, then
      // stops reading: the rest of the 3 MiB waits in TCP buffers or in the client.
      await("the server reads up to its bound", () -> server.inboundQueuedBytes() > bound);
      long peak = 0;
      for (int i = 0; i < 200; i++) {
        peak = Math.max(peak, server.inboundQueuedBytes());
        Thread.sleep(1);
      }
      assertThat(peak).isAtMost(bound + 8192 + 100);
      chat.gate.countDown();
      for (int i = 1; i <= frames; i++) {
        assertThat(c.receive())
            .startsWith("{\"type\":\"response\",\"action\":\"echo\",\"request_id\":" + i + ",");
      }
      sending.get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void mountAndBackendErrorsAreClear() {
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class, () -> ChannelServer.builder().mount(new Object()));
    assertThat(none).hasMessageThat().contains("No generated channel binding for java.lang.Object");

    class Both extends ChatImpl implements RelayChannel {}
    IllegalArgumentException ambiguous =
        assertThrows(
            IllegalArgumentException.class, () -> ChannelServer.builder().mount(new Both()));
    assertThat(ambiguous).hasMessageThat().contains("implements several channels");
    ChannelServer.builder()
        .mount(new Both(), ChatChannel.class)
        .mount(new Both(), RelayChannel.class);

    IllegalArgumentException scheme =
        assertThrows(
            IllegalArgumentException.class,
            () -> ChannelServer.builder().broker("nosuch://x").mount(new ChatImpl()).start());
    assertThat(scheme).hasMessageThat().contains("No backend for nosuch://");
    assertThrows(IllegalStateException.class, () -> ChannelServer.builder().start());
  }
}
