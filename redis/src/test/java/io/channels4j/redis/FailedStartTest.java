package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.Permission;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.Await;
import io.channels4j.testing.RedisPerClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server whose start fails after its Redis backends were made closes them: no Lettuce or Netty
 * thread, and no connection to Redis, outlives the failed {@code start()}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FailedStartTest {
  /** A permission check that cannot be made: the dispatcher that creates it fails. */
  public static final class Unconfigured implements PermissionCheck {
    public Unconfigured() {
      throw new IllegalStateException("no policy configured (expected by a test)");
    }

    @Override
    public boolean permits(ChannelContext ctx) {
      return false;
    }
  }

  /** A channel whose dispatcher cannot be built. */
  @Channel(path = "/locked")
  @Permission(Unconfigured.class)
  public interface Locked {
    @Action("open")
    String open(ChannelContext ctx);
  }

  /** A channel that builds. */
  @Channel(path = "/open")
  public interface Open {
    @Action("ping")
    default String ping(ChannelContext ctx) {
      return "pong";
    }
  }

  @RegisterExtension static final RedisPerClass redis = new RedisPerClass();

  @Test
  void aLimiterThatCannotBeMadeClosesTheRedisBroker() throws Exception {
    String url = redis.url("?prefix=" + RedisTestSupport.uniquePrefix());
    assertStartFailsAndLeavesNothing(
        IllegalArgumentException.class,
        "No backend for nosuch://",
        ChannelServer.builder().port(0).broker(url).limiter("nosuch://x").mount(new Open() {}));
  }

  @Test
  void aDispatcherThatCannotBeBuiltClosesTheRedisBrokerAndLimiter() throws Exception {
    String url = redis.url("?prefix=" + RedisTestSupport.uniquePrefix());
    assertStartFailsAndLeavesNothing(
        IllegalStateException.class,
        "no policy configured",
        ChannelServer.builder()
            .port(0)
            .broker(url)
            .limiter(url)
            .mount(new Open() {})
            .mount(ctx -> "opened", Locked.class));
  }

  /**
   * {@code builder.start()} throws {@code type} with {@code message}, and neither a thread nor a
   * Redis connection of what it made outlives it.
   */
  private static void assertStartFailsAndLeavesNothing(
      Class<? extends RuntimeException> type, String message, ChannelServer.Builder builder)
      throws Exception {
    Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    RuntimeException e = assertThrows(type, builder::start);
    assertThat(e).hasMessageThat().contains(message);
    assertNoRedisThreadOutlives(before);
    assertNoClientOfThisTestIsConnected();
  }

  /** Every Lettuce, Netty or channels4j-redis thread started since {@code before} ends. */
  private static void assertNoRedisThreadOutlives(Set<Thread> before) throws Exception {
    List<String> alive = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (before.contains(thread) || !isRedisThread(thread.getName())) {
        continue;
      }
      thread.join(TimeUnit.SECONDS.toMillis(10)); // closed resources end their threads at once
      if (thread.isAlive()) {
        alive.add(thread.getName());
      }
    }
    assertThat(alive).isEmpty();
  }

  private static boolean isRedisThread(String name) {
    return name.startsWith("lettuce-")
        || name.startsWith("channels4j-redis")
        || name.contains("nioEventLoop")
        || name.contains("epollEventLoop");
  }

  /** Redis is left with the connection of the client that asks, once closes have reached it. */
  private static void assertNoClientOfThisTestIsConnected() {
    try (RedisTestSupport support = new RedisTestSupport(redis.server())) {
      Await.equals(
          10,
          "the clients connected to Redis",
          1L,
          () -> support.commands().clientList().strip().lines().count());
    }
  }
}
