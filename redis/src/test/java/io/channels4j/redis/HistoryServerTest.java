package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.History;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.HistoryId;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.RedisPerClass;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * History rooms over real WebSockets, on one in-memory server and on two servers sharing a real
 * Redis or a real local Redis Cluster (where a reconnecting client is sent to the other server).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HistoryServerTest {
  /** A room that keeps its last 1000 messages. */
  @Channel(path = "/kept/{topic}", room = "kept:{topic}")
  @History(size = 1000)
  public interface Kept {
    @Action("say")
    default void say(ChannelContext ctx, Said said) {
      ctx.broadcast(said);
    }
  }

  /** A room that keeps only 20. */
  @Channel(path = "/short", room = "short")
  @History(size = 20)
  public interface Short {
    @Action("say")
    default void say(ChannelContext ctx, Said said) {
      ctx.broadcast(said);
    }

    /** Says it in the room {@code kept:elsewhere}, which belongs to the other channel. */
    @Action("tell")
    default void tell(ChannelContext ctx, Said said) {
      ctx.broadcastTo("kept:elsewhere", said);
    }
  }

  /** The message: its number. */
  public record Said(int n) {}

  @RegisterExtension static final RedisPerClass redis = new RedisPerClass();
  @RegisterExtension static final RedisPerClass cluster = RedisPerClass.ofCluster();

  private final String prefix = RedisTestSupport.uniquePrefix();
  private final List<ChannelServer> servers = new ArrayList<>();
  private final List<WsClient> sockets = new ArrayList<>();

  @AfterEach
  void stopAll() {
    synchronized (sockets) {
      sockets.forEach(WsClient::close);
    }
    servers.forEach(ChannelServer::stop);
  }

  /** One in-memory server, or two servers on one Redis or one Redis Cluster. */
  private List<ChannelServer> start(String backend) {
    String url =
        switch (backend) {
          case "redis" -> redis.url("?prefix=" + prefix);
          case "cluster" -> cluster.url("?prefix=" + prefix);
          default -> "memory://";
        };
    for (int i = 0; i < (backend.equals("memory") ? 1 : 2); i++) {
      servers.add(
          ChannelServer.builder()
              .port(0)
              .broker(url)
              .mount(new Kept() {})
              .mount(new Short() {})
              .start());
    }
    return servers;
  }

  /** The last server: with Redis, not the one the messages are sent on. */
  private ChannelServer other() {
    return servers.get(servers.size() - 1);
  }

  private WsClient open(ChannelServer server, String path) throws IOException {
    WsClient socket = WsClient.connect(server.port(), path);
    synchronized (sockets) {
      sockets.add(socket);
    }
    return socket;
  }

  private static void say(WsClient socket, int from, int to) throws IOException {
    for (int n = from; n < to; n++) {
      socket.sendText("{\"action\":\"say\",\"n\":" + n + "}");
    }
  }

  private static int n(Map<String, Object> frame) {
    return ((Double) frame.get("n")).intValue();
  }

  /** Reads {@code count} broadcasts; returns the id of the last. */
  private static String read(WsClient socket, int from, int count) throws IOException {
    String id = null;
    for (int n = from; n < from + count; n++) {
      Map<String, Object> frame = socket.receiveJson();
      assertThat(n(frame)).isEqualTo(n);
      id = (String) frame.get("id");
    }
    return id;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(Map<String, Object> response) {
    assertThat(response.get("status")).isEqualTo("ok");
    return (Map<String, Object>) response.get("data");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> messages(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("messages");
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "redis", "cluster"})
  void broadcastsCarryIdsAndTheHistoryActionPagesBothWays(String backend) throws IOException {
    start(backend);
    WsClient sender = open(servers.get(0), "/kept/paging").fence();
    say(sender, 0, 120);
    read(sender, 0, 120);

    WsClient reader = open(other(), "/kept/paging").fence();
    List<Integer> back = new ArrayList<>();
    String cursor = null;
    int requests = 0;
    do {
      String before = cursor == null ? "" : ",\"before\":\"" + cursor + "\"";
      reader.sendText(
          "{\"action\":\"history\",\"request_id\":" + ++requests + ",\"limit\":50" + before + "}");
      Map<String, Object> response = reader.receiveJson();
      assertThat(response.get("action")).isEqualTo("history");
      assertThat(response.get("request_id")).isEqualTo((double) requests);
      Map<String, Object> page = data(response);
      List<Integer> numbers = messages(page).stream().map(HistoryServerTest::n).toList();
      back.addAll(0, numbers);
      cursor = (String) page.get("next");
    } while (cursor != null);
    assertThat(requests).isEqualTo(3);
    assertThat(back).isEqualTo(range(0, 120));

    // Forward from the start: the page size is capped at 100.
    reader.sendText("{\"action\":\"history\",\"limit\":1000,\"after\":\"0-0\"}");
    Map<String, Object> first = data(reader.receiveJson());
    assertThat(messages(first).stream().map(HistoryServerTest::n).toList())
        .isEqualTo(range(0, 100));
    assertThat(first.get("next")).isEqualTo(messages(first).get(99).get("id"));
    reader.sendText("{\"action\":\"history\",\"after\":\"" + first.get("next") + "\"}");
    Map<String, Object> rest = data(reader.receiveJson());
    assertThat(messages(rest).stream().map(HistoryServerTest::n).toList())
        .isEqualTo(range(100, 120));
    assertThat(rest.get("next")).isNull();
    assertThat(rest).containsKey("next");

    reader.sendText("{\"action\":\"history\",\"request_id\":5,\"before\":\"x\"}");
    Map<String, Object> bad = reader.receiveJson();
    assertThat(bad.get("request_id")).isEqualTo(5.0);
    assertThat((String) bad.get("errors")).startsWith("Parse Error: 'x' is not a history id");
    reader.sendText("{\"action\":\"history\",\"before\":\"1-0\",\"after\":\"1-0\"}");
    assertThat((String) reader.receiveJson().get("errors"))
        .isEqualTo("Parse Error: Give either before or after, not both");
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "redis", "cluster"})
  void aBroadcastFromAnotherChannelIsKeptByTheRoomsHistory(String backend) throws IOException {
    start(backend);
    WsClient member = open(other(), "/kept/elsewhere").fence();
    WsClient teller = open(servers.get(0), "/short").fence();
    teller.sendText("{\"action\":\"tell\",\"n\":7}");
    Map<String, Object> told = member.receiveJson();
    assertThat(n(told)).isEqualTo(7);
    member.sendText("{\"action\":\"history\"}");
    assertThat(messages(data(member.receiveJson()))).containsExactly(told);
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "redis", "cluster"})
  void aReconnectingClientGetsWhatItMissedThenLiveMessages(String backend) throws IOException {
    start(backend);
    WsClient sender = open(servers.get(0), "/kept/lobby").fence();
    WsClient client = open(servers.get(0), "/kept/lobby").fence();
    say(sender, 0, 10);
    String last = read(client, 0, 10);
    client.close();

    say(sender, 10, 110);
    read(sender, 0, 110);
    WsClient back = open(other(), "/kept/lobby?since=" + last);
    read(back, 10, 100);
    Map<String, Object> recovered = back.receiveJson();
    assertThat(recovered.get("action")).isEqualTo("recover");
    assertThat(data(recovered)).containsExactly("recovered", true, "replayed", 100.0);
    say(sender, 110, 111);
    read(back, 110, 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "redis", "cluster"})
  void aClientToldWhenTheGapIsOlderThanTheHistory(String backend) throws IOException {
    start(backend);
    WsClient sender = open(servers.get(0), "/short").fence();
    say(sender, 0, 5);
    String last = read(sender, 0, 5);
    say(sender, 5, 300);
    read(sender, 5, 295);

    WsClient back = open(other(), "/short?since=" + last);
    Map<String, Object> frame = back.receiveJson();
    int replayed = 0;
    int expected = -1;
    while (!"recover".equals(frame.get("action"))) {
      // What is kept of the gap comes in order and ends with the newest message.
      assertThat(expected == -1 || n(frame) == expected).isTrue();
      expected = n(frame) + 1;
      replayed++;
      frame = back.receiveJson();
    }
    assertThat(expected).isEqualTo(300);
    assertThat(replayed).isAtLeast(20);
    assertThat(data(frame)).containsExactly("recovered", false, "replayed", (double) replayed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "redis", "cluster"})
  void aClientThatKeepsDroppingGetsEveryMessageOnceInOrder(String backend) throws Exception {
    start(backend);
    int perSender = 300;
    int total = perSender * servers.size();
    List<WsClient> senders = new ArrayList<>();
    for (ChannelServer server : servers) {
      senders.add(open(server, "/kept/busy").fence());
    }
    List<Integer> received = new ArrayList<>();
    List<HistoryId> ids = new ArrayList<>();
    WsClient client = open(servers.get(0), "/kept/busy").fence();
    ExecutorService pool = Executors.newFixedThreadPool(senders.size());
    try {
      // One sender per server: on Redis, messages from two servers interleave in one room.
      List<Future<?>> sending = new ArrayList<>();
      for (int i = 0; i < senders.size(); i++) {
        WsClient sender = senders.get(i);
        int from = i * perSender;
        sending.add(
            pool.submit(
                () -> {
                  say(sender, from, from + perSender);
                  return null;
                }));
      }
      int connections = 1;
      while (received.size() < total) {
        if (client == null) {
          // Reconnect, alternating servers when there are two, from the last message handled.
          ChannelServer server = servers.get(connections++ % servers.size());
          client = open(server, "/kept/busy?since=" + ids.get(ids.size() - 1));
        }
        int take = ThreadLocalRandom.current().nextInt(1, 60);
        for (int i = 0; i < take && received.size() < total; i++) {
          Map<String, Object> frame = client.receiveJson();
          if (frame.containsKey("n")) {
            received.add(n(frame));
            ids.add(HistoryId.parse((String) frame.get("id")));
          } else {
            assertThat(data(frame).get("recovered")).isEqualTo(true);
          }
        }
        // Drop: whatever was sent but not yet handled is lost with this connection.
        client.close();
        client = null;
      }
      for (Future<?> done : sending) {
        done.get(60, TimeUnit.SECONDS);
      }
      assertThat(connections).isGreaterThan(5);
      // Every message once, in the room's order, each sender's in the order it sent them.
      assertThat(ids).isInStrictOrder();
      assertThat(received).containsExactlyElementsIn(range(0, total));
      for (int i = 0; i < senders.size(); i++) {
        int from = i * perSender;
        assertThat(received.stream().filter(n -> n >= from && n < from + perSender).toList())
            .isEqualTo(range(from, from + perSender));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> numbers = new ArrayList<>();
    for (int n = from; n < to; n++) {
      numbers.add(n);
    }
    return numbers;
  }
}
