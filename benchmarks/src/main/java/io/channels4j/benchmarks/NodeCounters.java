package io.channels4j.benchmarks;

import io.lettuce.core.api.sync.RedisCommands;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Redis node's own counters: calls per command ({@code INFO commandstats}, commands run by
 * scripts included), the pub/sub messages it got over the cluster bus ({@code CLUSTER INFO}) and
 * the CPU it has used ({@code INFO cpu}, user + system); {@link #minus} gives what happened between
 * two readings.
 *
 * @param calls calls by command name ({@code publish}, {@code cluster|info}...)
 * @param rejected calls of any command refused before running ({@code MOVED} redirects among them)
 * @param publishReceived {@code cluster_stats_messages_publish_received}: classic PUBLISH relayed
 * @param shardReceived {@code cluster_stats_messages_publishshard_received}: SPUBLISH relayed
 * @param cpuMicros {@code used_cpu_user + used_cpu_sys}, in microseconds
 */
record NodeCounters(
    Map<String, Long> calls,
    long rejected,
    long publishReceived,
    long shardReceived,
    long cpuMicros) {
  private static final Pattern CALLS =
      Pattern.compile("cmdstat_([\\w|]+):calls=(\\d+),.*?rejected_calls=(\\d+)");

  /** Commands that look at a node (this benchmark's, the clients' topology reads), not rooms. */
  private static final Set<String> LOOKING =
      Set.of("info", "cluster", "client", "ping", "hello", "command", "pubsub", "readonly");

  static NodeCounters read(RedisCommands<String, String> node, boolean cluster) {
    Map<String, Long> calls = new HashMap<>();
    long rejected = 0;
    Matcher matcher = CALLS.matcher(node.info("commandstats"));
    while (matcher.find()) {
      calls.put(matcher.group(1), Long.parseLong(matcher.group(2)));
      rejected += Long.parseLong(matcher.group(3));
    }
    String cpu = node.info("cpu");
    String bus = cluster ? node.clusterInfo() : "";
    return new NodeCounters(
        calls,
        rejected,
        field(bus, "cluster_stats_messages_publish_received"),
        field(bus, "cluster_stats_messages_publishshard_received"),
        Math.round((seconds(cpu, "used_cpu_user") + seconds(cpu, "used_cpu_sys")) * 1_000_000));
  }

  NodeCounters minus(NodeCounters before) {
    Map<String, Long> delta = new HashMap<>();
    calls.forEach((name, n) -> delta.put(name, n - before.calls.getOrDefault(name, 0L)));
    return new NodeCounters(
        delta,
        rejected - before.rejected,
        publishReceived - before.publishReceived,
        shardReceived - before.shardReceived,
        cpuMicros - before.cpuMicros);
  }

  long calls(String command) {
    return calls.getOrDefault(command, 0L);
  }

  /** Calls of commands that carry rooms: all but {@link #LOOKING}. */
  long roomCalls() {
    return calls.entrySet().stream()
        .filter(e -> !LOOKING.contains(e.getKey().split("\\|")[0]))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** The published messages this node handled: published here or relayed to it by the bus. */
  long handled() {
    return calls("publish") + calls("spublish") + publishReceived + shardReceived;
  }

  private static long field(String info, String name) {
    Matcher matcher = Pattern.compile(name + ":(\\d+)").matcher(info);
    return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
  }

  private static double seconds(String info, String name) {
    Matcher matcher = Pattern.compile(name + ":([\\d.]+)").matcher(info);
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
  }
}
