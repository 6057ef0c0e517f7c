package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.Limit;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.Await;
import io.channels4j.testing.RedisPerClass;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two real servers on two ports sharing one Redis ({@link #redis()}: a server or a cluster), driven
 * by real WebSocket clients.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
abstract class TwoServersContract {
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

  /** The Redis the servers share. */
  protected abstract RedisPerClass redis();

  protected final String prefix = RedisTestSupport.uniquePrefix();
  private final List<ChannelServer> servers = new ArrayList<>();
  private final List<WsClient> sockets = new ArrayList<>();
  private int requestId;

  @AfterEach
  void stopAll() {
    sockets.forEach(WsClient::close);
    servers.forEach(ChannelServer::stop);
  }

  /** A server of {@code channel} on {@code url}, its broker and limiter. */
  protected ChannelServer server(String url, Object channel) {
    ChannelServer server =
        ChannelServer.builder().port(0).broker(url).limiter(url).mount(channel).start();
    servers.add(server);
    return server;
  }

  /** A server of the arena on {@link #redis()}. */
  protected ChannelServer server() {
    return server(redis().url("?prefix=" + prefix), new ArenaImpl());
  }

  protected WsClient open(ChannelServer server) throws IOException {
    return open(server, "/arena");
  }

  protected WsClient open(ChannelServer server, String path) throws IOException {
    WsClient socket = WsClient.connect(server.port(), path);
    synchronized (sockets) {
      sockets.add(socket);
    }
    return socket;
  }

  /** Sends {@code action} and returns its reply, skipping broadcasts that arrive before it. */
  protected Map<String, Object> ask(WsClient socket, String action) throws IOException {
    int id = ++requestId;
    socket.sendText("{\"action\":\"" + action + "\",\"request_id\":" + id + "}");
    while (true) {
      Map<String, Object> frame = socket.receiveJson();
      if (Double.valueOf(id).equals(frame.get("request_id"))) {
        return frame;
      }
    }
  }

  /** Asks for the room's count until it is {@code expected}: joins finish after the handshake. */
  protected void awaitCount(WsClient socket, long expected) throws IOException {
    Await.until(
        10,
        "a count of " + expected,
        () -> Double.valueOf(expected).equals(ask(socket, "count").get("data")));
  }

  protected static String said(String text) {
    return "{\"text\":\"" + text + "\"}";
  }

  @Test
  void aBroadcastCrossesServersOnceToEachMember() throws IOException {
    WsClient a = open(server()).fence();
    WsClient b = open(server()).fence();
    awaitCount(a, 2);

    a.sendText("{\"action\":\"say\",\"text\":\"hi\"}");
    a.sendText("{\"action\":\"say\",\"text\":\"end\"}");
    // Exactly once and in order: a duplicate of "hi" would come before "end".
    assertThat(b.receive()).isEqualTo(said("hi"));
    assertThat(b.receive()).isEqualTo(said("end"));
    assertThat(a.receive()).isEqualTo(said("hi"));
    assertThat(a.receive()).isEqualTo(said("end"));

    b.sendText("{\"action\":\"say\",\"text\":\"back\"}");
    assertThat(a.receive()).isEqualTo(said("back"));
    assertThat(b.receive()).isEqualTo(said("back"));
  }

  @Test
  void countsAreClusterWide() throws IOException {
    ChannelServer one = server();
    ChannelServer two = server();
    WsClient first = open(one).fence();
    open(one).fence();
    open(one).fence();
    open(two).fence();
    WsClient last = open(two).fence();
    awaitCount(last, 5);

    first.close();
    awaitCount(last, 4);
  }

  @Test
  void concurrentConnectsOnTwoServersAdmitExactlyTheLimit() throws Exception {
    ChannelServer one = server();
    ChannelServer two = server();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<WsClient>> opening = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        opening.add(pool.submit(() -> open(one)));
        opening.add(pool.submit(() -> open(two)));
      }
      List<WsClient> all = new ArrayList<>();
      for (Future<WsClient> f : opening) {
        all.add(f.get(30, TimeUnit.SECONDS));
      }

      // Each socket's first frame tells: a refused one was sent its error before anything it
      // sends, an admitted one answers the fence only after its join ran (so none is refused late).
      List<WsClient> admitted = new ArrayList<>();
      for (WsClient socket : all) {
        socket.sendText("{\"action\":\"fence\",\"request_id\":99}");
        Map<String, Object> first = socket.receiveJson();
        if ("Action Not Exist".equals(first.get("errors"))) {
          admitted.add(socket);
        } else {
          assertThat(socket.awaitClose()).isEqualTo(1013);
        }
      }
      assertThat(admitted).hasSize(60);
      awaitCount(admitted.get(0), 60);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLimitPerAddressHoldsAcrossServers() throws IOException {
    WsClient a = open(server()).fence();
    WsClient b = open(server()).fence();

    assertThat(ask(a, "shout").get("data")).isEqualTo("heard");
    assertThat(ask(b, "shout").get("data")).isEqualTo("heard");
    assertThat(ask(a, "shout").get("data")).isEqualTo("heard");
    Map<String, Object> fourth = ask(b, "shout");
    assertThat(fourth.get("status")).isEqualTo("bad");
    assertThat((String) fourth.get("errors")).startsWith("Too Many Requests. Retry after");
  }

  @Test
  void oneSubscriptionPerRoomPerServerWhateverTheMembers() throws IOException {
    ChannelServer one = server();
    ChannelServer two = server();
    List<WsClient> members = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      members.add(open(one).fence());
      members.add(open(two).fence());
    }
    RedisTestSupport look = RedisTestSupport.on(redis());
    assertThat(look.numsub(prefix, "arena")).isEqualTo(2);
    members.forEach(WsClient::close);
    Await.equals(10, "subscriptions after everyone left", 0L, () -> look.numsub(prefix, "arena"));
  }
}
