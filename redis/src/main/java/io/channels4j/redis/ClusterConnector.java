package io.channels4j.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.event.ClusterTopologyChangedEvent;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.resource.ClientResources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Redis Cluster, over sharded pub/sub. Lettuce follows the topology: it refreshes it every few
 * seconds and at once on a redirect or on reconnects that keep failing, so a failover or a slot
 * migration moves commands to the master now serving each slot.
 *
 * <p>Commands are rejected while their node's connection is down, as on a standalone Redis; Lettuce
 * opens a node's connection on the first command for it, which would reject that command, so the
 * connections to every master are opened up front and whenever the topology changes.
 */
final class ClusterConnector implements RedisConnector {
  private static final Logger log = LoggerFactory.getLogger(ClusterConnector.class);

  /** How often the topology is read even when nothing went wrong. */
  private static final Duration PERIODIC_REFRESH = Duration.ofSeconds(5);

  private final RedisClusterClient client;
  private final Duration timeout;

  ClusterConnector(ClientResources resources, RedisSettings settings, ClientOptions options) {
    this.client = RedisClusterClient.create(resources, settings.uris());
    this.timeout = settings.commandTimeout();
    client.setOptions(
        ClusterClientOptions.builder(options)
            .topologyRefreshOptions(
                ClusterTopologyRefreshOptions.builder()
                    .enablePeriodicRefresh(PERIODIC_REFRESH)
                    .enableAllAdaptiveRefreshTriggers()
                    .adaptiveRefreshTriggersTimeout(Duration.ofSeconds(1))
                    .build())
            .build());
  }

  @Override
  public RedisClusterClient client() {
    return client;
  }

  @Override
  public Commands connect() {
    StatefulRedisClusterConnection<String, byte[]> c = client.connect(RedisLink.CODEC);
    try {
      connectMasters(c).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // a master is down: the cluster fails it over, and the topology change connects the new one
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // The link's resources are its own: their events end when the link closes.
    client
        .getResources()
        .eventBus()
        .get()
        .filter(ClusterTopologyChangedEvent.class::isInstance)
        .subscribe(event -> connectMasters(c));
    return new Commands(c, c.sync(), c.async());
  }

  /** Opens the connection to every master not connected yet; done when all are. */
  private static CompletableFuture<Void> connectMasters(
      StatefulRedisClusterConnection<String, byte[]> c) {
    List<CompletableFuture<?>> connecting = new ArrayList<>();
    for (RedisClusterNode node : c.getPartitions()) {
      if (node.getRole().isUpstream() && !node.is(RedisClusterNode.NodeFlag.FAIL)) {
        connecting.add(
            // Keyed by address, as Lettuce routes a slot's commands.
            c.getConnectionAsync(node.getUri().getHost(), node.getUri().getPort())
                .whenComplete(
                    (connection, failure) -> {
                      if (failure != null) {
                        log.debug("No connection to Redis Cluster node {}", node.getUri(), failure);
                      }
                    }));
      }
    }
    return CompletableFuture.allOf(connecting.toArray(CompletableFuture[]::new));
  }

  @Override
  public RedisPubSub connectPubSub(RedisPubSub.Listener listener) {
    return new ShardedPubSub(client, listener, timeout);
  }

  @Override
  public RedisFuture<Long> publish(Commands commands, String channel, byte[] message) {
    return commands.async().spublish(channel, message);
  }

  @Override
  public String publishCommand() {
    return "SPUBLISH";
  }
}
