package io.channels4j.benchmarks;

import io.channels4j.benchmarks.load.LoadTool;
import io.channels4j.benchmarks.server.ChannelsServer;
import io.channels4j.benchmarks.server.RawServer;
import io.channels4j.benchmarks.server.RawTunedServer;
import io.channels4j.benchmarks.server.StatsEndpoint;
import io.channels4j.test.services.RedisServerProcess;
import io.channels4j.testing.RedisClusterProcess;
import java.time.Duration;
import java.util.Arrays;

/**
 * The benchmarks jar's entry point.
 *
 * <pre>
 * java -jar channels4j-benchmarks.jar raw --port 9000            # hand-written Undertow baseline
 * java -jar channels4j-benchmarks.jar raw-tuned --port 9000      # the same, as fast as it gets
 * java -jar channels4j-benchmarks.jar channels4j --port 9000 [--broker redis://127.0.0.1:6379]
 *     [--handlers pool]                                           # handlers off the I/O threads
 *     [--metrics prometheus]                                      # Micrometer metrics, /metrics
 *     [--presence-events MS [--presence-list-up-to N]]            # presence events every MS
 * java -jar channels4j-benchmarks.jar presence-list --members 50000 # presence of a Redis room
 * java -jar channels4j-benchmarks.jar cluster-shards --rooms 1000   # each shard's share and CPU
 * java -jar channels4j-benchmarks.jar redis --port 6379          # a redis-server for cross-node
 * java -jar channels4j-benchmarks.jar redis-cluster              # a local Redis Cluster, its URL
 * java -jar channels4j-benchmarks.jar shard-subscriptions --cluster URL --pattern P
 *                                                                 # sharded subscriptions per master
 * java -jar channels4j-benchmarks.jar load echo --port 9000 ...  # the load tool
 * java -jar channels4j-benchmarks.jar jmh [JMH options]          # the JMH benchmarks
 * </pre>
 *
 * <p>Servers also serve {@code /stats} on {@code --stats-port} (default port + 1).
 */
public final class Main {
  private Main() {}

  /** Runs the command named by {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "" : args[0];
    String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
    switch (command) {
      case "raw" -> {
        int port = intOption(rest, "--port", 9000);
        StatsEndpoint.start(intOption(rest, "--stats-port", port + 1));
        RawServer.start(port);
        System.out.println("raw server on 127.0.0.1:" + port);
      }
      case "raw-tuned" -> {
        int port = intOption(rest, "--port", 9000);
        StatsEndpoint.start(intOption(rest, "--stats-port", port + 1));
        RawTunedServer.start(port);
        System.out.println("raw-tuned server on 127.0.0.1:" + port);
      }
      case "channels4j" -> {
        int port = intOption(rest, "--port", 9000);
        StatsEndpoint.start(intOption(rest, "--stats-port", port + 1));
        String presenceEvents = option(rest, "--presence-events", null);
        ChannelsServer.Settings settings =
            new ChannelsServer.Settings(
                option(rest, "--handlers", "io").equals("pool"),
                option(rest, "--metrics", "off").equals("prometheus"),
                presenceEvents == null ? null : Duration.ofMillis(Long.parseLong(presenceEvents)),
                intOption(rest, "--presence-list-up-to", 100));
        ChannelsServer.start(port, option(rest, "--broker", "memory://"), settings);
        System.out.println("channels4j server on 127.0.0.1:" + port);
      }
      case "redis" -> {
        // Runs until killed; the JVM's exit takes the child process with it.
        RedisServerProcess redis = RedisServerProcess.start(intOption(rest, "--port", 6379));
        Runtime.getRuntime().addShutdownHook(new Thread(redis::stop));
        System.out.println("redis-server on " + redis.url(""));
        Thread.currentThread().join();
      }
      case "redis-cluster" -> {
        // Three masters and three replicas, until killed.
        RedisClusterProcess cluster = RedisClusterProcess.start();
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        System.out.println("redis-cluster on " + cluster.url());
        Thread.currentThread().join();
      }
      case "shard-subscriptions" -> ClusterShards.printSubscriptions(rest);
      case "presence-list" -> PresenceListing.run(rest);
      case "cluster-shards" -> ClusterShards.run(rest);
      case "load" -> LoadTool.main(rest);
      case "jmh" -> org.openjdk.jmh.Main.main(rest);
      default -> {
        System.err.println(
            "usage: raw|raw-tuned|channels4j|redis|redis-cluster|shard-subscriptions|presence-list"
                + "|cluster-shards|load|jmh ...");
        System.exit(2);
      }
    }
  }

  static int intOption(String[] args, String name, int fallback) {
    return Integer.parseInt(option(args, name, Integer.toString(fallback)));
  }

  static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
