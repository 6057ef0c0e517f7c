package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.undertow.fixtures.AsyncImpl;
import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.testing.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.xnio.XnioIoThread;

/**
 * When the outbox is written: at once, with no task, for what a quiet I/O thread sends; coalesced
 * into few writes for what it sends while it reads a burst.
 */
class FlushTest {

  @Test
  void aReplyMadeOnAQuietIoThreadIsWrittenAtOnceWithNoFlushTask() throws Exception {
    try (ChannelServer server = ioThreadServer();
        WsClient c = WsClient.connect(server.port(), "/chat/quiet")) {
      ProtocolTest.assertAlive(c); // joined, and the first frame answered
      String answer = answeredAtOnce(server, c, echoRequest(1));
      assertThat(answer).isEqualTo(ProtocolTest.echo(1));
    }
  }

  @Test
  void aBroadcastMadeOnAQuietIoThreadReachesItsMemberThereWithNoFlushTask() throws Exception {
    try (ChannelServer server = ioThreadServer();
        WsClient c = WsClient.connect(server.port(), "/chat/alone")) {
      ProtocolTest.assertAlive(c);
      String answer =
          answeredAtOnce(
              server,
              c,
              "{\"action\":\"message\",\"request_id\":5,\"user\":\"u\",\"message\":\"hi\"}");
      assertThat(answer).isEqualTo("{\"text\":\"u: hi\",\"count\":5}");
    }
  }

  @Test
  void repliesToABurstAreCoalescedThenAQuietThreadWritesAtOnceAgain() throws Exception {
    try (ChannelServer server = ioThreadServer();
        WsClient c = WsClient.connect(server.port(), "/chat/pipelined")) {
      ProtocolTest.assertAlive(c);
      OutboxFlusher.Counts before = counts(server);
      List<String> frames = new ArrayList<>();
      for (int i = 1; i <= 200; i++) {
        frames.add(echoRequest(i));
      }
      c.sendTextsInOneWrite(frames);
      for (int i = 1; i <= 200; i++) {
        assertThat(c.receive()).isEqualTo(ProtocolTest.echo(i));
      }
      OutboxFlusher.Counts burst = since(before, server);
      // The first reply leaves before the frames behind it are seen; the rest wait for them.
      assertThat(burst.writtenAtOnce()).isAtMost(1);
      assertThat(burst.written()).isAtMost(200 / 10);
      assertThat(burst.tasksRun()).isAtLeast(2);

      // The thread read frames behind others lately: the next reply may still be coalesced, once;
      // a flush that saw no such frame ends it, and the one after is written at once.
      c.sendText(echoRequest(201));
      assertThat(c.receive()).isEqualTo(ProtocolTest.echo(201));
      OutboxFlusher.Counts settled = counts(server);
      c.sendText(echoRequest(202));
      assertThat(c.receive()).isEqualTo(ProtocolTest.echo(202));
      assertThat(since(settled, server)).isEqualTo(new OutboxFlusher.Counts(0, 1, 1));
    }
  }

  @Test
  void aNonBlockingActionsReplyOnTheDefaultConfigurationIsWrittenAtOnce() throws Exception {
    try (ChannelServer server = ChannelServer.builder().port(0).mount(new AsyncImpl()).start();
        WsClient c = WsClient.connect(server.port(), "/async/quiet")) {
      // An answer made on a handler thread reaches the client before that thread has let go of
      // the connection's queue, so the next frame may find it busy and go there too; once one
      // ran on the I/O thread, the queue is idle when the next frame is read.
      String where = "{\"action\":\"where\",\"request_id\":2}";
      boolean ranOnIoThread = false;
      for (int i = 0; i < 100 && !ranOnIoThread; i++) {
        c.sendText(where);
        ranOnIoThread = c.receive().contains("I/O");
      }
      assertThat(ranOnIoThread).isTrue();
      assertThat(answeredAtOnce(server, c, where)).contains("I/O");
    }
  }

  @Test
  void aReplyMadeOffTheIoThreadsGoesThroughTheFlushTask() throws Exception {
    try (ChannelServer server = ChannelServer.builder().port(0).mount(new ChatImpl()).start();
        WsClient c = WsClient.connect(server.port(), "/chat/pooled")) {
      ProtocolTest.assertAlive(c);
      OutboxFlusher.Counts before = counts(server);
      c.sendText(echoRequest(1));
      assertThat(c.receive()).isEqualTo(ProtocolTest.echo(1));
      OutboxFlusher.Counts reply = since(before, server);
      assertThat(reply.written()).isEqualTo(1);
      assertThat(reply.writtenAtOnce()).isEqualTo(0);
      assertThat(reply.tasksRun()).isAtLeast(1);
    }
  }

  private static ChannelServer ioThreadServer() {
    return ChannelServer.builder()
        .port(0)
        .mount(new ChatImpl())
        .handlers(HandlerThreads.ioThreads())
        .start();
  }

  /**
   * Sends {@code frame} and returns its one answer, having checked that the answer was written at
   * once: one outbox written, with no flush task.
   */
  private static String answeredAtOnce(ChannelServer server, WsClient c, String frame)
      throws Exception {
    OutboxFlusher.Counts before = counts(server);
    c.sendText(frame);
    String answer = c.receive();
    assertThat(since(before, server)).isEqualTo(new OutboxFlusher.Counts(0, 1, 1));
    return answer;
  }

  private static String echoRequest(int requestId) {
    return "{\"action\":\"echo\",\"request_id\":"
        + requestId
        + ",\"user\":\"u\",\"message\":\"m\"}";
  }

  /** What the server's flushers did since {@code before}. */
  private static OutboxFlusher.Counts since(OutboxFlusher.Counts before, ChannelServer server)
      throws Exception {
    OutboxFlusher.Counts now = counts(server);
    return new OutboxFlusher.Counts(
        now.tasksRun() - before.tasksRun(),
        now.written() - before.written(),
        now.writtenAtOnce() - before.writtenAtOnce());
  }

  /** The server's flushers' counts, summed, each read on its own I/O thread. */
  private static OutboxFlusher.Counts counts(ChannelServer server) throws Exception {
    long tasks = 0;
    long written = 0;
    long atOnce = 0;
    for (Map.Entry<XnioIoThread, OutboxFlusher> entry : server.context.flushers().entrySet()) {
      CompletableFuture<OutboxFlusher.Counts> read = new CompletableFuture<>();
      entry.getKey().execute(() -> read.complete(entry.getValue().counts()));
      OutboxFlusher.Counts counts = read.get(WsClient.WAIT.toSeconds(), TimeUnit.SECONDS);
      tasks += counts.tasksRun();
      written += counts.written();
      atOnce += counts.writtenAtOnce();
    }
    return new OutboxFlusher.Counts(tasks, written, atOnce);
  }
}
