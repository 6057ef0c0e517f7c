package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.testing.RedisPerClass;
import io.channels4j.testing.WsClient;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reconciliation with the Redis broker: a corrupted count heals after one pass, in Redis too, as
 * another node sharing it sees. (In this package to reach the server's reconciler.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RedisReconcileTest {
  /** A room whose cluster-wide count a client can ask for. */
  @Channel(path = "/counted", room = "counted")
  public interface Counted {
    @Action("count")
    default long count(ChannelContext ctx) {
      return ctx.connectionCount();
    }
  }

  static final class CountedImpl implements Counted {}

  @RegisterExtension static final RedisPerClass redis = new RedisPerClass();

  private static ChannelServer server(String prefix) {
    String url = redis.url("?prefix=" + prefix);
    return ChannelServer.builder()
        .port(0)
        .broker(url)
        .limiter(url)
        .mount(new CountedImpl())
        .start();
  }

  private static String count(WsClient client) throws Exception {
    client.sendText("{\"action\":\"count\"}");
    return client.receive();
  }

  @Test
  void aCorruptedCountHealsInRedisAfterOneReconcile() throws Exception {
    String prefix = "reconcile-" + System.nanoTime() + ":";
    try (ChannelServer one = server(prefix);
        ChannelServer other = server(prefix);
        WsClient a = WsClient.connect(one.port(), "/counted")) {
      assertThat(count(a)).endsWith("\"data\":1}"); // a fence: a has joined
      try (WsClient b = WsClient.connect(other.port(), "/counted")) {
        assertThat(count(b)).endsWith("\"data\":2}");
        String id = one.context.broker.localMembers().get("counted").iterator().next();
        one.context.broker.tryJoin("counted", "no-such-connection", 0);
        one.context.broker.tryJoin("counted", "nor-this-one", 0);
        one.context.broker.leave("counted", id);
        assertThat(count(b)).endsWith("\"data\":3}"); // b and two phantoms, without a
        one.reconciler.reconcile();
        assertThat(count(a)).endsWith("\"data\":2}"); // a's repair ran before this answer
        assertThat(count(b)).endsWith("\"data\":2}");
        assertThat(one.context.broker.localMembers()).containsExactly("counted", Set.of(id));
        other.reconciler.reconcile(); // nothing to repair there: the count stays right
        assertThat(count(b)).endsWith("\"data\":2}");
      }
    }
  }
}
