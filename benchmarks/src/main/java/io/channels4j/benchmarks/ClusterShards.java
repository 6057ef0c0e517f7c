package io.channels4j.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.Broker;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.test.services.Redis7;
import io.channels4j.test.services.RedisServerProcess;
import io.channels4j.testing.RedisClusterProcess;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.models.partitions.Partitions;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.cluster.pubsub.StatefulRedisClusterPubSubConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * What each shard of a Redis Cluster does for broadcasts spread over {@code --rooms} rooms, against
 * one standalone Redis in the same run: {@code --messages} broadcasts published through
 * channels4j's own broker on {@code redis://} and on {@code redis-cluster://} (sharded pub/sub),
 * the same through history ({@code --history-messages}, a Lua script per message), and classic
 * {@code PUBLISH} on the cluster. Each of {@code --server-nodes} brokers (as many servers) joins
 * one member to every room first, so every room has a subscriber on every node.
 *
 * <p>Every Redis node's own counters are read before and after (see {@link NodeCounters}), so each
 * node's share of the published messages and its CPU per message are the node's own figures. Idle
 * CPU is read over {@link #IDLE_MILLIS} before each case (a cluster's nodes gossip when idle). One
 * JSON line per case and round, {@code --rounds} rounds; cases alternate within a round. {@code
 * --rate} paces the publisher (messages per second; 0, the default: as fast as it can), {@code
 * --replicas no} starts the cluster's masters alone. With a rate, the case {@code
 * cluster-equal-load} also publishes to the cluster at that rate times its masters (and as many
 * times the messages): each master then handles what the one Redis handles, so the two costs per
 * message compare at equal load per process, not only at equal total load.
 */
final class ClusterShards {
  private static final long IDLE_MILLIS = 2000;
  private static final long DELIVERY_WAIT_SECONDS = 120;
  private static final byte[] PRESENCE = "{\"user\":\"bench\"}".getBytes(StandardCharsets.UTF_8);
  private static final HistoryPolicy HISTORY = HistoryPolicy.keepLast(100);
  private static final RedisCodec<String, byte[]> CODEC =
      RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  /** A Redis node whose counters are read: its role and the port of its shard's master. */
  private record Node(int port, String role, int shard, RedisCommands<String, String> commands) {}

  private final int rooms;
  private final int serverNodes;
  private final int rate;
  private final RedisClient client = RedisClient.create();

  private ClusterShards(int rooms, int serverNodes, int rate) {
    this.rooms = rooms;
    this.serverNodes = serverNodes;
    this.rate = rate;
  }

  static void run(String[] args) throws Exception {
    int messages = Main.intOption(args, "--messages", 100_000);
    int historyMessages = Main.intOption(args, "--history-messages", 20_000);
    int rounds = Main.intOption(args, "--rounds", 2);
    boolean replicas = Main.option(args, "--replicas", "yes").equals("yes");
    ClusterShards bench =
        new ClusterShards(
            Main.intOption(args, "--rooms", 1000),
            Main.intOption(args, "--server-nodes", 2),
            Main.intOption(args, "--rate", 0));
    try (RedisServerProcess single =
            RedisServerProcess.start(Redis7.server(), RedisServerProcess.freePort(), List.of());
        RedisClusterProcess cluster = RedisClusterProcess.start(replicas)) {
      RedisClusterClient clusterClient = RedisClusterClient.create(seeds(cluster.url()));
      List<Node> singleNodes = List.of(bench.node(single.port(), "standalone", single.port()));
      List<Node> clusterNodes = bench.nodes(clusterClient.getPartitions());
      try {
        for (int round = 1; round <= rounds; round++) {
          String prefix = "?prefix=shards" + round;
          bench.print(
              bench.broker("standalone", single.url(prefix + "s:"), singleNodes, messages, false));
          bench.print(
              bench.broker(
                  "cluster", cluster.url() + prefix + "c:", clusterNodes, messages, false));
          if (bench.rate > 0) {
            int masters =
                (int) clusterNodes.stream().filter(n -> n.role().equals("master")).count();
            bench.print(
                bench.broker(
                    "cluster-equal-load",
                    cluster.url() + prefix + "ce:",
                    clusterNodes,
                    messages * masters,
                    false,
                    bench.rate * masters));
          }
          bench.print(
              bench.classic(
                  "cluster-classic-publish",
                  clusterClient,
                  clusterNodes,
                  "shards" + round + "k:",
                  messages));
          bench.print(
              bench.broker(
                  "standalone-history",
                  single.url(prefix + "sh:"),
                  singleNodes,
                  historyMessages,
                  true));
          bench.print(
              bench.broker(
                  "cluster-history",
                  cluster.url() + prefix + "ch:",
                  clusterNodes,
                  historyMessages,
                  true));
        }
      } finally {
        clusterClient.shutdown();
        bench.client.shutdown();
      }
    }
  }

  /** The broker of {@code serverNodes} servers on {@code url}; the first one publishes. */
  private Map<String, Object> broker(
      String name, String url, List<Node> nodes, int messages, boolean history) throws Exception {
    return broker(name, url, nodes, messages, history, rate);
  }

  /** {@link #broker(String, String, List, int, boolean)}, publishing at {@code rate} per second. */
  private Map<String, Object> broker(
      String name, String url, List<Node> nodes, int messages, boolean history, int rate)
      throws Exception {
    CountDownLatch delivered = new CountDownLatch(messages * serverNodes);
    List<Broker> brokers = new ArrayList<>();
    try {
      for (int i = 0; i < serverNodes; i++) {
        brokers.add(Brokers.open(url, (room, frame) -> delivered.countDown()));
      }
      // A member's join as a server makes it; a node's first member in a room also subscribes.
      Map<Node, NodeCounters> before = read(nodes);
      for (Broker broker : brokers) {
        for (int r = 0; r < rooms; r++) {
          broker.tryJoin(room(r), UUID.randomUUID().toString(), 0, PRESENCE);
          broker.subscribe(room(r));
        }
      }
      Map<Node, NodeCounters> joins = since(before, nodes);
      Broker publisher = brokers.get(0);
      Map<String, Object> result =
          measure(
              name,
              nodes,
              messages,
              rate,
              delivered,
              m -> {
                if (history) {
                  publisher.publish(room(m % rooms), frame(m), HISTORY);
                } else {
                  publisher.publish(room(m % rooms), frame(m));
                }
              });
      long joined = (long) rooms * serverNodes;
      result.put("joins", joined);
      result.put(
          "room_calls_per_join", round(sum(joins, NodeCounters::roomCalls) / (double) joined));
      result.put("evalsha_per_join", round(sum(joins, c -> c.calls("evalsha")) / (double) joined));
      result.put(
          "redis_cpu_us_per_join", round(sum(joins, NodeCounters::cpuMicros) / (double) joined));
      String prefix = url.substring(url.indexOf("prefix=") + "prefix=".length());
      boolean sharded = url.startsWith("redis-cluster:");
      subscriptions(result, nodes, prefix + (sharded ? "{room:*" : "room:*"), sharded);
      return result;
    } finally {
      brokers.forEach(Broker::close);
    }
  }

  /** Classic {@code PUBLISH} through a Lettuce cluster connection, to classic subscribers. */
  private Map<String, Object> classic(
      String name, RedisClusterClient cluster, List<Node> nodes, String prefix, int messages)
      throws Exception {
    CountDownLatch delivered = new CountDownLatch(messages * serverNodes);
    List<StatefulRedisClusterPubSubConnection<String, byte[]>> subscribers = new ArrayList<>();
    String[] channels = new String[rooms];
    // Named as the broker names a room's channel on a cluster.
    Arrays.setAll(channels, r -> prefix + "{room:" + room(r) + "}");
    try (StatefulRedisClusterConnection<String, byte[]> publisher = cluster.connect(CODEC)) {
      for (int i = 0; i < serverNodes; i++) {
        StatefulRedisClusterPubSubConnection<String, byte[]> subscriber =
            cluster.connectPubSub(CODEC);
        subscriber.addListener(
            new RedisPubSubAdapter<>() {
              @Override
              public void message(String channel, byte[] message) {
                delivered.countDown();
              }
            });
        subscriber.sync().subscribe(channels);
        subscribers.add(subscriber);
      }
      Map<String, Object> result =
          measure(
              name,
              nodes,
              messages,
              rate,
              delivered,
              m -> publisher.async().publish(channels[m % rooms], frame(m)));
      subscriptions(result, nodes, prefix + "{room:*", false);
      return result;
    } finally {
      subscribers.forEach(StatefulRedisClusterPubSubConnection::close);
    }
  }

  /**
   * Reads idle CPU, then publishes {@code messages} with {@code publish}, {@code rate} per second
   * (0: as fast as it can), and waits until {@code delivered} counts every delivery; each node's
   * share and CPU per message of that window.
   */
  private Map<String, Object> measure(
      String name,
      List<Node> nodes,
      int messages,
      int rate,
      CountDownLatch delivered,
      IntConsumer publish)
      throws Exception {
    Map<Node, NodeCounters> idleStart = read(nodes);
    long idleFrom = System.nanoTime();
    Thread.sleep(IDLE_MILLIS); // the idle reading is a span of time, not an event
    Map<Node, NodeCounters> idle = since(idleStart, nodes);
    long idleNanos = System.nanoTime() - idleFrom;

    Map<Node, NodeCounters> start = read(nodes);
    long from = System.nanoTime();
    for (int m = 0; m < messages; m++) {
      while (rate > 0 && m > (System.nanoTime() - from) * rate / 1e9) {
        Thread.onSpinWait(); // --rate: this message is not due yet
      }
      publish.accept(m);
    }
    delivered.await(DELIVERY_WAIT_SECONDS, TimeUnit.SECONDS);
    long elapsed = System.nanoTime() - from;
    Map<Node, NodeCounters> window = since(start, nodes);

    List<Map<String, Object>> perNode = new ArrayList<>();
    double netCpu = 0;
    for (Node node : nodes) {
      NodeCounters c = window.get(node);
      double idleCpu = idle.get(node).cpuMicros() * (double) elapsed / idleNanos;
      netCpu += c.cpuMicros() - idleCpu;
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("port", node.port());
      line.put("role", node.role());
      line.put("shard", node.shard());
      line.put("handled", c.handled());
      line.put("share", round(c.handled() / (double) messages));
      line.put("publish_calls", c.calls("publish"));
      line.put("spublish_calls", c.calls("spublish"));
      line.put("evalsha_calls", c.calls("evalsha"));
      line.put("rejected_calls", c.rejected());
      // A replica counts the writes it replays: a history message's stream entry, for one.
      line.put("room_calls_per_msg", round(c.roomCalls() / (double) messages));
      line.put("bus_publish_received", c.publishReceived());
      line.put("bus_publishshard_received", c.shardReceived());
      line.put("cpu_us_per_msg", round(c.cpuMicros() / (double) messages));
      line.put("idle_cpu_us_per_s", round(idle.get(node).cpuMicros() * 1e9 / idleNanos));
      perNode.add(line);
    }
    long delivering = (long) messages * serverNodes;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("scenario", "cluster-shards");
    result.put("case", name);
    result.put("rooms", rooms);
    result.put("server_nodes", serverNodes);
    result.put("messages", messages);
    result.put("rate", rate);
    result.put("delivered", delivering - delivered.getCount());
    result.put("expected", delivering);
    result.put("publish_s", round(elapsed / 1e9));
    result.put(
        "redis_cpu_us_per_msg", round(sum(window, NodeCounters::cpuMicros) / (double) messages));
    result.put(
        "masters_cpu_us_per_msg",
        round(
            nodes.stream()
                    .filter(n -> !n.role().equals("replica"))
                    .mapToLong(n -> window.get(n).cpuMicros())
                    .sum()
                / (double) messages));
    result.put("redis_net_cpu_us_per_msg", round(netCpu / messages));
    result.put(
        "room_calls_per_msg", round(sum(window, NodeCounters::roomCalls) / (double) messages));
    result.put("loadavg", Files.readString(Path.of("/proc/loadavg")).trim());
    result.put("nodes", perNode);
    return result;
  }

  /**
   * Counts the room channels with a subscriber on each node and their subscriptions: one per room
   * per server node means no subscription per member. {@code pattern}: the pattern of the rooms'
   * channels (not the servers' control channel).
   */
  private void subscriptions(
      Map<String, Object> result, List<Node> nodes, String pattern, boolean sharded) {
    long channels = 0;
    long subscriptions = 0;
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> perNode = (List<Map<String, Object>>) result.get("nodes");
    for (int i = 0; i < nodes.size(); i++) {
      long[] counted = subscriptions(nodes.get(i).commands(), pattern, sharded);
      perNode.get(i).put("channels", counted[0]);
      perNode.get(i).put("subscriptions", counted[1]);
      channels += counted[0];
      subscriptions += counted[1];
    }
    result.put("channels", channels);
    result.put("subscriptions", subscriptions);
    result.put("expected_subscriptions", (long) rooms * serverNodes);
  }

  /**
   * On one node: the channels matching {@code pattern} with a subscriber, and their subscribers.
   */
  private static long[] subscriptions(
      RedisCommands<String, String> node, String pattern, boolean sharded) {
    List<String> names = sharded ? node.pubsubShardChannels(pattern) : node.pubsubChannels(pattern);
    if (names.isEmpty()) {
      return new long[] {0, 0};
    }
    String[] asked = names.toArray(String[]::new);
    Map<String, Long> counts = sharded ? node.pubsubShardNumsub(asked) : node.pubsubNumsub(asked);
    return new long[] {names.size(), counts.values().stream().mapToLong(Long::longValue).sum()};
  }

  /**
   * {@code shard-subscriptions --cluster URL --pattern P}: the sharded channels matching {@code P}
   * and their subscriptions on each master the {@code redis-cluster://} URL names, as one JSON
   * line.
   */
  static void printSubscriptions(String[] args) {
    RedisClient client = RedisClient.create();
    try {
      String pattern = Main.option(args, "--pattern", "*");
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("scenario", "shard-subscriptions");
      result.put("pattern", pattern);
      long channels = 0;
      long subscriptions = 0;
      for (RedisURI seed : seeds(Main.option(args, "--cluster", ""))) {
        try (StatefulRedisConnection<String, String> node = client.connect(seed)) {
          long[] counted = subscriptions(node.sync(), pattern, true);
          result.put("channels_" + seed.getPort(), counted[0]);
          channels += counted[0];
          subscriptions += counted[1];
        }
      }
      result.put("channels", channels);
      result.put("subscriptions", subscriptions);
      System.out.println(JSON.toJson(result));
    } finally {
      client.shutdown();
    }
  }

  private Node node(int port, String role, int shard) {
    StatefulRedisConnection<String, String> connection =
        client.connect(RedisURI.create("127.0.0.1", port));
    return new Node(port, role, shard, connection.sync());
  }

  /** Every node of the cluster, by shard, each master before its replica. */
  private List<Node> nodes(Partitions partitions) {
    List<Node> nodes = new ArrayList<>();
    for (RedisClusterNode n : partitions) {
      boolean master = n.is(RedisClusterNode.NodeFlag.UPSTREAM);
      RedisClusterNode shard = master ? n : partitions.getPartitionByNodeId(n.getSlaveOf());
      nodes.add(
          node(n.getUri().getPort(), master ? "master" : "replica", shard.getUri().getPort()));
    }
    nodes.sort(Comparator.comparing(Node::shard).thenComparing(Node::role));
    return nodes;
  }

  private static Map<Node, NodeCounters> read(List<Node> nodes) {
    Map<Node, NodeCounters> counters = new LinkedHashMap<>();
    for (Node node : nodes) {
      counters.put(node, NodeCounters.read(node.commands(), !node.role().equals("standalone")));
    }
    return counters;
  }

  private static Map<Node, NodeCounters> since(Map<Node, NodeCounters> before, List<Node> nodes) {
    Map<Node, NodeCounters> delta = new LinkedHashMap<>();
    read(nodes).forEach((node, now) -> delta.put(node, now.minus(before.get(node))));
    return delta;
  }

  private static long sum(
      Map<Node, NodeCounters> counters, java.util.function.ToLongFunction<NodeCounters> what) {
    return counters.values().stream().mapToLong(what).sum();
  }

  private static List<RedisURI> seeds(String clusterUrl) {
    return Arrays.stream(clusterUrl.substring("redis-cluster://".length()).split(","))
        .map(hostPort -> RedisURI.create("redis://" + hostPort))
        .toList();
  }

  private static String room(int r) {
    return "r" + r;
  }

  private static byte[] frame(int m) {
    return ("{\"message\":\"" + m + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private void print(Map<String, Object> result) {
    System.out.println(JSON.toJson(result));
  }
}
