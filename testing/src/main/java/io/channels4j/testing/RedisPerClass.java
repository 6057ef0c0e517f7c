package io.channels4j.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A redis-server for the tests of one class, started before the first and stopped after the last;
 * register it on a static field with {@code @RegisterExtension}. Tests that must stop or restart
 * Redis mid-test start their own {@link RedisServerProcess}.
 */
public final class RedisPerClass implements BeforeAllCallback, AfterAllCallback {
  private final Map<Class<?>, AutoCloseable> attached = new LinkedHashMap<>();
  private RedisServerProcess server;
  private int depth; // nested classes call back too: they share their outer class's server

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (depth++ == 0) {
      server = RedisServerProcess.start();
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
  }

  /** The running server. */
  public RedisServerProcess server() {
    return server;
  }

  /** The server's URL followed by {@code query}, e.g. {@code "?prefix=t1:"}. */
  public String url(String query) {
    return server.url(query);
  }

  /**
   * One {@code type} per class, such as a raw connection for looking at Redis from outside: made
   * from the server on first use, closed after the class's last test, before the server stops.
   */
  public synchronized <T extends AutoCloseable> T attached(
      Class<T> type, Function<RedisServerProcess, T> make) {
    return type.cast(attached.computeIfAbsent(type, t -> make.apply(server)));
  }
}
