package io.channels4j.example;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.channels4j.runtime.BackendProvider;
import io.channels4j.runtime.Broker;
import io.channels4j.runtime.HistoryId;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.test.services.RedisServerProcess;
import io.channels4j.testing.Await;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two example servers on one real Redis — A in this JVM, B in a child JVM — while clients of {@code
 * /group} and {@code /person} keep connecting, chatting, resetting their connections and coming
 * back with {@code ?since=}, and while Redis is killed and restarted empty and B is killed with
 * SIGKILL and restarted. Afterwards the counts are exact on both servers, every recovery that said
 * {@code "recovered":true} was whole, and A's JVM holds what it held before. What it checks is what
 * {@code docs/FAULTS.md} promises. {@code -Dchaos.seed=N} replays a run.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChaosTest {
  private static final String GROUP_ROOM = "group_channel";
  private static final int GROUP_CHURNERS = 6;
  private static final int PERSON_CHURNERS = 2;
  private static final Pattern DATA_NUMBER = Pattern.compile("\"data\":(\\d+)");

  private final long seed = Long.getLong("chaos.seed", System.nanoTime());
  private final AtomicInteger outage = new AtomicInteger();
  private final AtomicInteger redisKills = new AtomicInteger();
  private final ChaosClient.Faults faults =
      new ChaosClient.Faults() {
        @Override
        public int outage() {
          return outage.get();
        }

        @Override
        public int redisKills() {
          return redisKills.get();
        }
      };
  private final NavigableSet<HistoryId> published = new ConcurrentSkipListSet<>();
  private final Set<String> heard = ConcurrentHashMap.newKeySet();
  private final List<ChaosClient> clients = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final List<WsClient> sockets = new ArrayList<>();
  private final ScheduledExecutorService ender =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "chaos-ender");
            t.setDaemon(true);
            return t;
          });
  private int clientCount;
  private int fences;
  private RedisServerProcess redis;
  private ChannelServer a;
  private ServerProcess b;
  private Broker observer;

  @AfterEach
  void stopAll() throws Exception {
    stopClients();
    sockets.forEach(WsClient::close);
    ender.shutdownNow();
    if (observer != null) {
      observer.close();
    }
    if (b != null) {
      b.close();
    }
    if (a != null) {
      a.stop();
    }
    if (redis != null) {
      redis.stop();
    }
  }

  @Test
  void countsRecoveriesAndResourcesSurviveResetsCrashesAndARedisRestart() throws Exception {
    System.err.println("ChaosTest seed " + seed + " (rerun with -Dchaos.seed=" + seed + ")");
    try {
      run();
    } catch (AssertionError e) {
      throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
    }
  }

  private void run() throws Exception {
    redis = RedisServerProcess.start();
    String url = redis.url("?node-timeout=3s&prefix=chaos" + System.nanoTime() + ":");
    a = ChatExample.start(0, url);
    b = new ServerProcess(RedisServerProcess.freePort(), url);
    b.start();
    observer = redisProvider().broker(URI.create(url));
    observer.start((room, frame) -> {});
    int[] both = {a.port(), b.port()};

    // Warm up: the same traffic without faults, so pools have the threads they use.
    churn(both, 40);
    stopClients();
    awaitEmpty();
    JvmResources before = JvmResources.now();

    ChaosClient steadyA = startClient("/group", new int[] {a.port()}, true);
    ChaosClient steadyB = startClient("/group", new int[] {b.port()}, true);
    churn(both, 60);

    outage.incrementAndGet();
    redis.stop();
    redisKills.incrementAndGet();
    awaitConnections(30);
    redis.restart(); // empty: the history and the room hashes are gone
    fence(a.port(), steadyB, b.port());
    fence(b.port(), steadyA, a.port());
    outage.incrementAndGet();
    awaitConnections(60);

    b.kill();
    awaitConnections(30);
    b.start();
    fence(a.port(), steadyB, b.port());
    fence(b.port(), steadyA, a.port());
    awaitConnections(60);

    stopChurners(steadyA, steadyB);
    assertCountsAreExact(steadyA, steadyB);
    assertRecoveries(stopClients());

    published.clear();
    heard.clear();
    sockets.forEach(WsClient::close);
    sockets.clear();
    awaitEmpty();
    assertNothingLeaked(before);
  }

  // ---- driving the clients

  private ChaosClient startClient(String path, int[] ports, boolean steady) {
    String name = (steady ? "steady" : "churner") + clientCount;
    ChaosClient client =
        new ChaosClient(
            name, path, ports, steady, seed + clientCount++, faults, ender, published, heard);
    Thread thread = new Thread(client, "chaos-" + name);
    thread.setDaemon(true);
    clients.add(client);
    threads.add(thread);
    thread.start();
    return client;
  }

  /** Starts the churners and waits until they have made {@code connections} connections. */
  private void churn(int[] ports, int connections) {
    for (int i = 0; i < GROUP_CHURNERS; i++) {
      startClient("/group", ports, false);
    }
    for (int i = 0; i < PERSON_CHURNERS; i++) {
      startClient("/person", ports, false);
    }
    awaitConnections(connections);
  }

  private int connections() {
    int total = 0;
    for (ChaosClient client : clients) {
      total += client.connectionCount();
    }
    return total;
  }

  /** Waits until the clients have made {@code more} connections beyond those made so far. */
  private void awaitConnections(int more) {
    int target = connections() + more;
    Await.until(60, target + " connections", () -> connections() >= target);
  }

  /** Stops the churners, keeps the steady clients. */
  private void stopChurners(ChaosClient... keep) throws InterruptedException {
    for (int i = 0; i < clients.size(); i++) {
      if (!List.of(keep).contains(clients.get(i))) {
        clients.get(i).stop();
        threads.get(i).join(10_000);
        assertWithMessage("%s stopped", threads.get(i).getName())
            .that(threads.get(i).isAlive())
            .isFalse();
      }
    }
  }

  /** Stops every client; returns the connections they made. */
  private List<ChaosClient.Life> stopClients() throws InterruptedException {
    for (ChaosClient client : clients) {
      client.stop();
    }
    List<ChaosClient.Life> lives = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      threads.get(i).join(10_000);
      lives.addAll(clients.get(i).lives());
    }
    clients.clear();
    threads.clear();
    return lives;
  }

  /**
   * Waits until a chat message sent on {@code from} reaches {@code listener} on {@code to}: proof
   * that both servers publish and are subscribed through Redis again.
   */
  private void fence(int from, ChaosClient listener, int to) throws IOException {
    Await.until(30, "the listener on " + to + " to join", listener::joined);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      String marker = "fence-" + fences++;
      // A new sender each time: the group's chat limit is once per 3 s per connection.
      try (WsClient sender = join(from, "/group")) {
        sender.sendText(
            "{\"action\":\"message\",\"user\":\"fence\",\"message\":\"" + marker + "\"}");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (System.nanoTime() < until) {
          if (heard.contains(to + "|" + marker)) {
            return;
          }
          Await.sleep(20);
        }
      }
      assertWithMessage("a message from %s to reach %s within 30 s", from, to)
          .that(System.nanoTime())
          .isLessThan(deadline);
    }
  }

  /** Connects to {@code path} on {@code port} and reads until the group's join answer. */
  static WsClient join(int port, String path) throws IOException {
    WsClient client = WsClient.connect(port, path);
    while (!client.receive().contains("Join successfully")) {
      // replayed history, if any
    }
    return client;
  }

  // ---- (1) counts

  private void assertCountsAreExact(ChaosClient steadyA, ChaosClient steadyB) throws IOException {
    Await.until(30, "the steady clients to be joined", () -> steadyA.joined() && steadyB.joined());
    for (int i = 0; i < 3; i++) {
      sockets.add(join(a.port(), "/group"));
      sockets.add(join(b.port(), "/group"));
    }
    long group = 2 + 6;
    // Members of the killed B stay counted until node-timeout (3 s) passes without its heartbeat.
    Await.equals(20, "the group's cluster count", group, () -> observer.count(GROUP_ROOM));
    Await.equals(20, "connections open on A", 4, a::openConnections);

    Await.equals(20, "/person count asked on A, the asker alone", 1L, () -> personCount(a.port()));
    Await.equals(20, "/person count asked on B, the asker alone", 1L, () -> personCount(b.port()));
    sockets.add(personMember(a.port()));
    Await.equals(20, "/person count asked on B", 2L, () -> personCount(b.port()));
    sockets.add(personMember(b.port()));
    // The room is full on both servers: maxConnections = 2 holds across the cluster.
    for (int port : new int[] {a.port(), b.port()}) {
      try (WsClient third = WsClient.connect(port, "/person")) {
        assertThat(third.receive()).contains("The current number of channel connections");
        assertThat(third.awaitClose()).isEqualTo(1013);
      }
    }
    Await.equals(20, "connections open on A", 5, a::openConnections);
  }

  /** Joins {@code /person} on {@code port} and asks the room's count; -1 if refused. */
  static long personCount(int port) {
    try (WsClient probe = WsClient.connect(port, "/person")) {
      probe.sendText("{\"action\":\"count\",\"request_id\":5}");
      String answer = probe.receive();
      probe.sendFrame(8, new byte[] {0x03, (byte) 0xe8});
      probe.awaitClose();
      Matcher count = DATA_NUMBER.matcher(answer);
      // Anything else than the answer to request 5 is the refusal of a full room.
      boolean answered = answer.contains("\"request_id\":5") && count.find();
      return answered ? Long.parseLong(count.group(1)) : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * Waits until a {@code /person} member on {@code port} is admitted (its chat message came back):
   * the probes that asked the count before it may still be leaving.
   */
  private WsClient personMember(int port) {
    List<WsClient> admitted = new ArrayList<>();
    Await.until(
        20,
        "a /person member to be admitted on " + port,
        () -> {
          try {
            WsClient member = WsClient.connect(port, "/person");
            member.sendText("{\"action\":\"message\",\"user\":\"p\",\"message\":\"in\"}");
            if (member.receive().contains("\"message\":\"in\"")) {
              admitted.add(member);
              return true;
            }
            member.close();
            return false;
          } catch (IOException e) {
            return false;
          }
        });
    return admitted.get(0);
  }

  private void awaitEmpty() {
    Await.equals(20, "connections open on A", 0, a::openConnections);
    Await.equals(20, "the group's cluster count", 0L, () -> observer.count(GROUP_ROOM));
  }

  // ---- (2) recoveries

  private void assertRecoveries(List<ChaosClient.Life> lives) {
    int whole = 0;
    int lostWithRedis = 0;
    int recoveries = 0;
    for (ChaosClient.Life life : lives) {
      // No duplicate, in id order, whatever happened during the connection.
      assertWithMessage("ids of %s", life).that(life.ids).isInStrictOrder();
      if (life.since == null || !life.joined) {
        continue;
      }
      assertWithMessage("recover answer to %s", life).that(life.recovered).isNotNull();
      recoveries++;
      if (life.killsAtOpen > life.killsAtSince) {
        // Redis was killed after the client's last id: what it kept is gone.
        assertWithMessage("recovery across the Redis restart: %s", life)
            .that(life.recovered)
            .isFalse();
        lostWithRedis++;
      }
      if (!life.recovered) {
        continue;
      }
      assertWithMessage("replayed count of %s", life)
          .that(life.replayedSeen)
          .isEqualTo(life.replayed);
      boolean calm = life.outageAtOpen % 2 == 0 && life.outageAtEnd == life.outageAtOpen;
      if (calm && !life.ids.isEmpty()) {
        // Everything anyone saw published after the client's last id, up to the last it got.
        HistoryId last = life.ids.get(life.ids.size() - 1);
        List<HistoryId> expected =
            List.copyOf(published.subSet(HistoryId.parse(life.since), false, last, true));
        assertWithMessage("replayed and live messages of %s", life)
            .that(life.ids)
            .isEqualTo(expected);
        whole++;
      }
    }
    System.err.printf(
        "ChaosTest: %d connections, %d recoveries, %d checked whole, %d lost with Redis%n",
        lives.size(), recoveries, whole, lostWithRedis);
    assertThat(whole).isAtLeast(10);
    assertThat(lostWithRedis).isAtLeast(1);
  }

  // ---- (3) leaks

  private void assertNothingLeaked(JvmResources before) {
    JvmResources after = JvmResources.now();
    System.err.println("ChaosTest: before " + before + "\nChaosTest: after  " + after);
    assertWithMessage("threads grown").that(after.moreThreadsThan(before)).isEmpty();
    assertWithMessage("open files").that(after.openFiles()).isAtMost(before.openFiles() + 2);
    assertWithMessage("used heap").that(after.usedHeap()).isAtMost(before.usedHeap() * 11 / 10);
  }

  static BackendProvider redisProvider() {
    for (BackendProvider provider : ServiceLoader.load(BackendProvider.class)) {
      if (provider.supports("redis")) {
        return provider;
      }
    }
    throw new AssertionError("no redis backend on the class path");
  }
}
