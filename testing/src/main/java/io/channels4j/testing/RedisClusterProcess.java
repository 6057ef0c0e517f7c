package io.channels4j.testing;

import io.channels4j.test.services.Redis7;
import io.channels4j.test.services.RedisServerProcess;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real Redis Cluster for tests: three masters and three replicas, each a {@code redis-server} 7
 * process ({@link Redis7}) on 127.0.0.1 and free ports, without persistence. {@link #start()}
 * assigns the slots, attaches one replica to each master and returns once every node says {@code
 * cluster_state:ok} and every replica is in sync. A short node timeout lets a replica take over
 * from a killed master within a few seconds.
 */
public final class RedisClusterProcess implements AutoCloseable {
  /** How long a node may be unreachable before the cluster fails it over. */
  public static final int NODE_TIMEOUT_MILLIS = 1000;

  private static final int SLOTS = 16384;
  private static final int MASTERS = 3;
  private static final long WAIT_SECONDS = 30;

  private final List<RedisServerProcess> nodes;
  private final List<Integer> busPorts;
  private final List<RedisServerProcess> killed = new ArrayList<>();

  private RedisClusterProcess(List<RedisServerProcess> nodes, List<Integer> busPorts) {
    this.nodes = nodes;
    this.busPorts = busPorts;
  }

  /** Starts and joins the six nodes; waits until the cluster is ok and the replicas in sync. */
  public static RedisClusterProcess start() throws IOException {
    return start(true);
  }

  /**
   * Starts the three masters, and their replicas if {@code replicas}: without them a benchmark sees
   * what the masters do alone (a shard's master relays each sharded message to its replica).
   */
  public static RedisClusterProcess start(boolean replicas) throws IOException {
    List<RedisServerProcess> nodes = new ArrayList<>();
    List<Integer> busPorts = new ArrayList<>();
    try {
      for (int i = 0; i < (replicas ? 2 : 1) * MASTERS; i++) {
        // The bus port is chosen too: the default, port + 10000, may be taken or out of range.
        busPorts.add(RedisServerProcess.freePort());
        nodes.add(
            RedisServerProcess.start(
                Redis7.server(),
                RedisServerProcess.freePort(),
                List.of(
                    "--cluster-enabled", "yes",
                    "--cluster-config-file", "nodes.conf",
                    "--cluster-node-timeout", Integer.toString(NODE_TIMEOUT_MILLIS),
                    "--cluster-port", Integer.toString(busPorts.get(i)),
                    "--cluster-replica-validity-factor", "0")));
      }
      RedisClusterProcess cluster = new RedisClusterProcess(nodes, busPorts);
      cluster.form();
      return cluster;
    } catch (IOException | RuntimeException | Error e) {
      nodes.forEach(RedisServerProcess::stop);
      throw e;
    }
  }

  private void form() throws IOException {
    for (int i = 0; i < MASTERS; i++) {
      int first = SLOTS * i / MASTERS;
      int last = SLOTS * (i + 1) / MASTERS - 1;
      Resp.call(
          nodes.get(i).port(),
          "CLUSTER",
          "ADDSLOTSRANGE",
          Integer.toString(first),
          Integer.toString(last));
    }
    for (int i = 1; i < nodes.size(); i++) {
      Resp.call(
          nodes.get(0).port(),
          "CLUSTER",
          "MEET",
          "127.0.0.1",
          Integer.toString(nodes.get(i).port()),
          Integer.toString(busPorts.get(i)));
    }
    for (RedisServerProcess node : nodes) {
      Await.until(
          WAIT_SECONDS,
          "node " + node.port() + " to know every node",
          () -> clusterInfo(node.port()).contains("cluster_known_nodes:" + nodes.size()));
    }
    for (int i = 0; MASTERS + i < nodes.size(); i++) {
      String master = (String) Resp.call(nodes.get(i).port(), "CLUSTER", "MYID");
      Resp.call(nodes.get(MASTERS + i).port(), "CLUSTER", "REPLICATE", master);
    }
    for (RedisServerProcess node : nodes) {
      Await.until(
          WAIT_SECONDS,
          "node " + node.port() + " to say cluster_state:ok",
          () -> clusterInfo(node.port()).contains("cluster_state:ok"));
    }
    for (RedisServerProcess replica : nodes.subList(MASTERS, nodes.size())) {
      Await.until(
          WAIT_SECONDS,
          "replica " + replica.port() + " to be in sync",
          () -> {
            String info = (String) Resp.call(replica.port(), "INFO", "replication");
            return info.contains("master_link_status:up")
                && info.contains("master_sync_in_progress:0");
          });
    }
  }

  /** {@code redis-cluster://} and the three masters' addresses, as seeds. */
  public String url() {
    return "redis-cluster://"
        + nodes.subList(0, MASTERS).stream()
            .map(node -> "127.0.0.1:" + node.port())
            .collect(Collectors.joining(","));
  }

  /** The port of the master serving {@code slot} now. */
  public int masterOf(int slot) throws IOException {
    for (RedisServerProcess node : live()) {
      try {
        Integer port = owner(node.port(), slot);
        if (port != null) {
          return port;
        }
      } catch (IOException e) {
        // this node is going away; ask the next one
      }
    }
    throw new IOException("no live node knows who serves slot " + slot);
  }

  /**
   * Kills the master serving {@code slot}, as a crash looks to clients, and waits until its replica
   * has taken the slot over and every live node says {@code cluster_state:ok} again.
   */
  public synchronized void killMasterOf(int slot) throws IOException {
    int port = masterOf(slot);
    RedisServerProcess master =
        nodes.stream().filter(node -> node.port() == port).findFirst().orElseThrow();
    master.stop();
    killed.add(master);
    for (RedisServerProcess node : live()) {
      Await.until(
          WAIT_SECONDS,
          "node " + node.port() + " to see slot " + slot + " served by a replica of " + port,
          () -> {
            try {
              Integer owner = owner(node.port(), slot);
              return owner != null
                  && owner != port
                  && clusterInfo(node.port()).contains("cluster_state:ok");
            } catch (IOException e) {
              return false;
            }
          });
    }
  }

  private List<RedisServerProcess> live() {
    List<RedisServerProcess> live = new ArrayList<>(nodes);
    live.removeAll(killed);
    return live;
  }

  /** The port serving {@code slot} in {@code CLUSTER SLOTS} as {@code port} sees it. */
  private static Integer owner(int port, int slot) throws IOException {
    for (Object range : (List<?>) Resp.call(port, "CLUSTER", "SLOTS")) {
      List<?> fields = (List<?>) range;
      if ((Long) fields.get(0) <= slot && slot <= (Long) fields.get(1)) {
        return ((Long) ((List<?>) fields.get(2)).get(1)).intValue();
      }
    }
    return null;
  }

  private static String clusterInfo(int port) throws IOException {
    return (String) Resp.call(port, "CLUSTER", "INFO");
  }

  @Override
  public void close() {
    nodes.forEach(RedisServerProcess::stop);
  }
}
