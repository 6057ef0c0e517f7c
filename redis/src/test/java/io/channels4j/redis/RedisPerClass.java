package io.channels4j.redis;

import io.channels4j.testing.RedisServerProcess;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A redis-server for the tests of one class, started before the first and stopped after the last;
 * register it on a static field with {@code @RegisterExtension}.
 */
final class RedisPerClass implements BeforeAllCallback, AfterAllCallback {
  private RedisServerProcess server;
  private RedisTestSupport support;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = RedisServerProcess.start();
    support = new RedisTestSupport(server);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (support != null) {
      support.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  /** The server's URL followed by {@code query}, e.g. {@code "?prefix=t1:"}. */
  String url(String query) {
    return server.url(query);
  }

  /** A raw connection to the server, for looking at it from outside the backend under test. */
  RedisTestSupport support() {
    return support;
  }
}
