package io.channels4j.testing;

import io.channels4j.test.services.RedisServerProcess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A redis-server for the tests of one class, or a local Redis Cluster ({@link #ofCluster()}),
 * started before the first and stopped after the last; register it on a static field with
 * {@code @RegisterExtension}. Tests that must stop or restart Redis mid-test start their own {@link
 * RedisServerProcess} or {@link RedisClusterProcess}.
 */
public final class RedisPerClass implements BeforeAllCallback, AfterAllCallback {
  private final Map<Class<?>, AutoCloseable> attached = new LinkedHashMap<>();
  private final boolean cluster;
  private RedisServerProcess server;
  private RedisClusterProcess clusterProcess;
  private int depth; // nested classes call back too: they share their outer class's server

  /** One redis-server. */
  public RedisPerClass() {
    this(false);
  }

  private RedisPerClass(boolean cluster) {
    this.cluster = cluster;
  }

  /** A Redis Cluster of three masters and three replicas instead ({@link RedisClusterProcess}). */
  public static RedisPerClass ofCluster() {
    return new RedisPerClass(true);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (depth++ == 0) {
      if (cluster) {
        clusterProcess = RedisClusterProcess.start();
      } else {
        server = RedisServerProcess.start();
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (--depth > 0) {
      return;
    }
    List<AutoCloseable> toClose;
    synchronized (this) {
      toClose = new ArrayList<>(attached.values());
      attached.clear();
    }
    for (AutoCloseable each : toClose) {
      each.close();
    }
    if (server != null) {
      server.stop();
    }
    if (clusterProcess != null) {
      clusterProcess.close();
    }
  }

  /** Whether this is a Redis Cluster. */
  public boolean isCluster() {
    return cluster;
  }

  /** The running server; not for a cluster. */
  public RedisServerProcess server() {
    if (cluster) {
      throw new IllegalStateException("A cluster has no one server");
    }
    return server;
  }

  /** The running cluster; only for {@link #ofCluster()}. */
  public RedisClusterProcess clusterProcess() {
    if (!cluster) {
      throw new IllegalStateException("Not a cluster");
    }
    return clusterProcess;
  }

  /**
   * The URL ({@code redis://} or {@code redis-cluster://}) followed by {@code query}, e.g. {@code
   * "?prefix=t1:"}.
   */
  public String url(String query) {
    return cluster ? clusterProcess.url() + query : server.url(query);
  }

  /**
   * One {@code type} per class, such as a raw connection for looking at Redis from outside: made
   * from this on first use, closed after the class's last test, before Redis stops.
   */
  public synchronized <T extends AutoCloseable> T attached(
      Class<T> type, Function<RedisPerClass, T> make) {
    return type.cast(attached.computeIfAbsent(type, t -> make.apply(this)));
  }
}
