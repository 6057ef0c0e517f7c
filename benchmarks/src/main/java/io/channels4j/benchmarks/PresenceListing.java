package io.channels4j.benchmarks;

import io.channels4j.benchmarks.channel.BenchChannelImpl;
import io.channels4j.runtime.Broker;
import io.channels4j.runtime.Presence;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.test.services.RedisServerProcess;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * How long a server takes to list the presence of a room of {@code --members} members held in Redis
 * ({@code server.admin().presence(room)}, as {@code GET /admin/presence} and {@code ctx.presence()}
 * do): the members join through a broker of their own, as members of other nodes would, each with
 * its user and metadata; the server then lists the room {@code --lists} times. Starts its own
 * redis-server unless {@code --broker} names one. One JSON line.
 */
final class PresenceListing {
  private static final String ROOM = "bench";

  private PresenceListing() {}

  static void run(String[] args) throws Exception {
    int members = Main.intOption(args, "--members", 50_000);
    int lists = Main.intOption(args, "--lists", 30);
    String url = Main.option(args, "--broker", null);
    RedisServerProcess redis = url == null ? RedisServerProcess.start() : null;
    String brokerUrl = url != null ? url : redis.url("?prefix=presence-bench:");
    try (Broker others = Brokers.open(brokerUrl, (room, frame) -> {}); // lists only
        ChannelServer server =
            ChannelServer.builder()
                .host("127.0.0.1")
                .port(0)
                .broker(brokerUrl)
                .mount(new BenchChannelImpl())
                .start()) {
      long joinStart = System.nanoTime();
      join(others, members);
      long joinNanos = System.nanoTime() - joinStart;
      long[] fetches = new long[lists];
      long[] nanos = new long[lists];
      int listed = 0;
      for (int i = 0; i < lists; i++) {
        long start = System.nanoTime();
        others.presence(ROOM);
        fetches[i] = System.nanoTime() - start;
        start = System.nanoTime();
        List<Presence> presence = server.admin().presence(ROOM);
        nanos[i] = System.nanoTime() - start;
        listed = presence.size();
      }
      Arrays.sort(fetches);
      Arrays.sort(nanos);
      System.out.printf(
          Locale.ROOT,
          "{\"scenario\":\"presence-list\",\"members\":%d,\"listed\":%d,\"lists\":%d,"
              + "\"join_ms\":%d,\"broker_p50_ms\":%.1f,"
              + "\"list_min_ms\":%.1f,\"list_p50_ms\":%.1f,\"list_max_ms\":%.1f}%n",
          members,
          listed,
          lists,
          TimeUnit.NANOSECONDS.toMillis(joinNanos),
          fetches[lists / 2] / 1e6,
          nanos[0] / 1e6,
          nanos[lists / 2] / 1e6,
          nanos[lists - 1] / 1e6);
    } finally {
      if (redis != null) {
        redis.close();
      }
    }
  }

  /** Joins {@code members} members, each with its presence, from a few threads at once. */
  private static void join(Broker broker, int members) throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Future<?>[] done = new Future<?>[threads];
      for (int t = 0; t < threads; t++) {
        int first = t;
        done[t] =
            pool.submit(
                () -> {
                  for (int i = first; i < members; i += threads) {
                    byte[] presence =
                        ("{\"user\":\"user" + i + "\",\"meta\":{\"status\":\"online\"}}")
                            .getBytes(StandardCharsets.UTF_8);
                    // Ids as a server makes them: random UUIDs.
                    String id = UUID.randomUUID().toString();
                    if (!broker.tryJoin(ROOM, id, Integer.MAX_VALUE, presence)) {
                      throw new IllegalStateException("member " + i + " was refused");
                    }
                  }
                });
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
