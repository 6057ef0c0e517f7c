package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.Limit;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.Await;
import io.channels4j.testing.RedisServerProcess;
import io.channels4j.testing.TestSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Two real servers on two ports sharing one Redis, driven by real WebSocket clients. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class TwoServersTest {
  /** A room of at most 60, with a broadcast, a cluster-wide count and a per-address limit. */
  @Channel(path = "/arena", room = "arena", maxConnections = 60)
  public interface Arena {
    @Action("say")
    void say(ChannelContext ctx, Said said);

    @Action("count")
    long count(ChannelContext ctx);

    /** Every client here comes from 127.0.0.1, so the limit is shared by both servers. */
    @Action("shout")
    @Limit(times = 3, minutes = 1, scope = Limit.Scope.REMOTE_ADDRESS)
    default String shout(ChannelContext ctx) {
      return "heard";
    }
  }

  /** What a client says to the room. */
  public record Said(String text) {}

  static final class ArenaImpl implements Arena {
    @Override
    public void say(ChannelContext ctx, Said said) {
      ctx.broadcast(said);
    }

    @Override
    public long count(ChannelContext ctx) {
      return ctx.connectionCount();
    }
  }

  private static RedisServerProcess redis;

  private final String prefix = RedisTestSupport.uniquePrefix();
  private final List<ChannelServer> servers = new ArrayList<>();
  private final List<TestSocket> sockets = new ArrayList<>();
  private int requestId;

  @BeforeAll
  static void startRedis() throws Exception {
    redis = RedisServerProcess.start();
  }

  @AfterAll
  static void stopRedis() {
    if (redis != null) {
      redis.stop();
    }
  }

  @AfterEach
  void stopAll() {
    sockets.forEach(TestSocket::close);
    servers.forEach(ChannelServer::stop);
  }

  private ChannelServer server(RedisServerProcess on, String options) {
    String url = on.url("?prefix=" + prefix + options);
    ChannelServer server =
        ChannelServer.builder().port(0).broker(url).limiter(url).mount(new ArenaImpl()).start();
    servers.add(server);
    return server;
  }

  private ChannelServer server() {
    return server(redis, "");
  }

  private TestSocket open(ChannelServer server) {
    TestSocket socket = TestSocket.open(server.port(), "/arena");
    synchronized (sockets) {
      sockets.add(socket);
    }
    return socket;
  }

  /** Sends {@code action} and returns its reply, skipping broadcasts that arrive before it. */
  private Map<String, Object> ask(TestSocket socket, String action) {
    int id = ++requestId;
    socket.send("{\"action\":\"" + action + "\",\"request_id\":" + id + "}");
    while (true) {
      Map<String, Object> frame = socket.nextJson();
      if (Double.valueOf(id).equals(frame.get("request_id"))) {
        return frame;
      }
    }
  }

  /** Asks for the room's count until it is {@code expected}: joins finish after the handshake. */
  private void awaitCount(TestSocket socket, long expected) {
    Await.until(
        10,
        "a count of " + expected,
        () -> Double.valueOf(expected).equals(ask(socket, "count").get("data")));
  }

  private static String said(String text) {
    return "{\"text\":\"" + text + "\"}";
  }

  @Test
  void aBroadcastCrossesServersOnceToEachMember() {
    TestSocket a = open(server()).ready();
    TestSocket b = open(server()).ready();
    awaitCount(a, 2);

    a.send("{\"action\":\"say\",\"text\":\"hi\"}");
    a.send("{\"action\":\"say\",\"text\":\"end\"}");
    // Exactly once and in order: a duplicate of "hi" would come before "end".
    assertThat(b.next()).isEqualTo(said("hi"));
    assertThat(b.next()).isEqualTo(said("end"));
    assertThat(a.next()).isEqualTo(said("hi"));
    assertThat(a.next()).isEqualTo(said("end"));

    b.send("{\"action\":\"say\",\"text\":\"back\"}");
    assertThat(a.next()).isEqualTo(said("back"));
    assertThat(b.next()).isEqualTo(said("back"));
  }

  @Test
  void countsAreClusterWide() {
    ChannelServer one = server();
    ChannelServer two = server();
    TestSocket first = open(one).ready();
    open(one).ready();
    open(one).ready();
    open(two).ready();
    TestSocket last = open(two).ready();
    awaitCount(last, 5);

    first.close();
    awaitCount(last, 4);
  }

  @Test
  void concurrentConnectsOnTwoServersAdmitExactlyTheLimit() throws Exception {
    ChannelServer one = server();
    ChannelServer two = server();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<TestSocket>> opening = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        opening.add(pool.submit(() -> open(one)));
        opening.add(pool.submit(() -> open(two)));
      }
      List<TestSocket> all = new ArrayList<>();
      for (Future<TestSocket> f : opening) {
        all.add(f.get(30, TimeUnit.SECONDS));
      }

      Await.until(30, "40 refusals", () -> all.stream().filter(TestSocket::isClosed).count() >= 40);
      List<TestSocket> admitted = all.stream().filter(s -> !s.isClosed()).toList();
      assertThat(admitted).hasSize(60);
      // An admitted socket answers a frame only after its join ran: none of them is refused late.
      admitted.forEach(TestSocket::ready);
      assertThat(all.stream().filter(TestSocket::isClosed).count()).isEqualTo(40);
      for (TestSocket refused : all) {
        if (refused.isClosed()) {
          assertThat(refused.awaitClose().code()).isEqualTo(1013);
        }
      }
      awaitCount(admitted.get(0), 60);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLimitPerAddressHoldsAcrossServers() {
    TestSocket a = open(server()).ready();
    TestSocket b = open(server()).ready();

    assertThat(ask(a, "shout").get("data")).isEqualTo("heard");
    assertThat(ask(b, "shout").get("data")).isEqualTo("heard");
    assertThat(ask(a, "shout").get("data")).isEqualTo("heard");
    Map<String, Object> fourth = ask(b, "shout");
    assertThat(fourth.get("status")).isEqualTo("bad");
    assertThat((String) fourth.get("errors")).startsWith("Too Many Requests. Retry after");
  }

  @Test
  void oneSubscriptionPerRoomPerServerWhateverTheMembers() {
    ChannelServer one = server();
    ChannelServer two = server();
    List<TestSocket> members = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      members.add(open(one).ready());
      members.add(open(two).ready());
    }
    try (RedisTestSupport look = new RedisTestSupport(redis)) {
      assertThat(look.numsub(prefix + "room:arena")).isEqualTo(2);
      members.forEach(TestSocket::close);
      Await.equals(
          10, "subscriptions after everyone left", 0L, () -> look.numsub(prefix + "room:arena"));
    }
  }

  @Test
  void serversSurviveARedisRestartAndReconnectTheRoom() throws Exception {
    try (RedisServerProcess own = RedisServerProcess.start()) {
      ChannelServer one = server(own, "&node-timeout=1s");
      ChannelServer two = server(own, "&node-timeout=1s");
      TestSocket a = open(one).ready();
      TestSocket local = open(one).ready();
      TestSocket b = open(two).ready();
      awaitCount(a, 3);

      own.stop();
      // Local members still hear each other while Redis is away.
      a.send("{\"action\":\"say\",\"text\":\"during\"}");
      assertThat(local.next()).isEqualTo(said("during"));
      assertThat(a.next()).isEqualTo(said("during"));

      own.restart();
      int round = 0;
      while (true) {
        String text = "after-" + round++;
        a.send("{\"action\":\"say\",\"text\":\"" + text + "\"}");
        assertThat(a.next()).isEqualTo(said(text));
        assertThat(local.next()).isEqualTo(said(text));
        if (crossed(b, said(text))) {
          break;
        }
        assertThat(round).isLessThan(100);
      }
      // b has seen only "after-" rounds: pub/sub is at-most-once, "during" is not replayed.
      b.send("{\"action\":\"say\",\"text\":\"back\"}");
      assertThat(a.next()).isEqualTo(said("back"));
    }
  }

  /**
   * Whether {@code expected} reaches {@code socket} within a short wait; fails on anything else.
   */
  private static boolean crossed(TestSocket socket, String expected) {
    String frame = socket.poll(Duration.ofMillis(100));
    if (frame == null) {
      return false;
    }
    assertThat(frame).startsWith("{\"text\":\"after-");
    // Earlier rounds may arrive late; drain until the one just sent.
    while (!frame.equals(expected)) {
      frame = socket.next();
    }
    return true;
  }
}
