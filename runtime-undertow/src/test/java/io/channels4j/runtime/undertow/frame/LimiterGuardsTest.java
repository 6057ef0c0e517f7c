package io.channels4j.runtime.undertow.frame;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.annotations.Limit;
import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.LimitRule;
import io.channels4j.runtime.PermissionDenied;
import io.channels4j.runtime.Presence;
import io.channels4j.runtime.RateLimitExceeded;
import io.channels4j.runtime.internal.Guard;
import io.channels4j.runtime.internal.PermissionRule;
import io.channels4j.runtime.memory.MemoryRateLimiter;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LimiterGuardsTest {
  private final AtomicLong now = new AtomicLong(1_000_000);
  private final LimiterGuards guards =
      new LimiterGuards(new MemoryRateLimiter(now::get), ctx -> true);

  private static ActionDescriptor action(String name, LimitRule... rules) {
    return ActionDescriptor.builder(name).limits(rules).build();
  }

  private static ChannelDescriptor channel(LimitRule... rules) {
    return ChannelDescriptor.builder("/c").limits(rules).build();
  }

  @Test
  void repeatableLimitsEachHold() {
    ActionDescriptor a =
        action(
            "a",
            new LimitRule(2, 1000, Limit.Scope.CONNECTION, false),
            new LimitRule(3, 60_000, Limit.Scope.CONNECTION, false));
    Guard guard = guards.action(channel(), a, PermissionRule.serverDefault());
    Ctx ctx = new Ctx("c1", "10.0.0.1", null);
    guard.check(ctx);
    guard.check(ctx);
    RateLimitExceeded first = assertThrows(RateLimitExceeded.class, () -> guard.check(ctx));
    assertThat(first.retryAfterSeconds()).isEqualTo(1);
    now.addAndGet(1000);
    guard.check(ctx); // the 2/s window moved on; third hit of the minute
    now.addAndGet(1000);
    RateLimitExceeded second = assertThrows(RateLimitExceeded.class, () -> guard.check(ctx));
    assertThat(second.retryAfterSeconds()).isEqualTo(58); // ceil(58000 / 1000)
    assertThat(second.close()).isFalse();
  }

  @Test
  void retryAfterRoundsUpAndIsAtLeastOneSecond() {
    Guard guard =
        guards.action(
            channel(),
            action("b", new LimitRule(1, 1500, Limit.Scope.CONNECTION, false)),
            PermissionRule.serverDefault());
    Ctx ctx = new Ctx("c1", "a", null);
    guard.check(ctx);
    now.addAndGet(1499);
    RateLimitExceeded e = assertThrows(RateLimitExceeded.class, () -> guard.check(ctx));
    assertThat(e.retryAfterSeconds()).isEqualTo(1); // 1 ms left
    assertThat(e.errors(java.util.Locale.ROOT))
        .isEqualTo("Too Many Requests. Retry after 1 seconds.");
  }

  @Test
  void scopesKeyByConnectionAddressOrUserWithFallback() {
    ChannelDescriptor c = channel();
    Guard perAddress =
        guards.action(
            c,
            action("x", new LimitRule(1, 60_000, Limit.Scope.REMOTE_ADDRESS, false)),
            PermissionRule.serverDefault());
    perAddress.check(new Ctx("c1", "1.1.1.1", null));
    assertThrows(RateLimitExceeded.class, () -> perAddress.check(new Ctx("c2", "1.1.1.1", null)));
    perAddress.check(new Ctx("c3", "2.2.2.2", null));

    Guard perUser =
        guards.action(
            c,
            action("y", new LimitRule(1, 60_000, Limit.Scope.USER, false)),
            PermissionRule.serverDefault());
    perUser.check(new Ctx("c1", "a", () -> "ann"));
    assertThrows(RateLimitExceeded.class, () -> perUser.check(new Ctx("c2", "b", () -> "ann")));
    // No principal: falls back to the connection.
    perUser.check(new Ctx("c3", "a", null));
    perUser.check(new Ctx("c4", "a", null));
    assertThrows(RateLimitExceeded.class, () -> perUser.check(new Ctx("c4", "a", null)));

    // Another action's limit is counted separately.
    Guard other =
        guards.action(
            c,
            action("z", new LimitRule(1, 60_000, Limit.Scope.CONNECTION, false)),
            PermissionRule.serverDefault());
    other.check(new Ctx("c1", "a", null));
  }

  @Test
  void channelGuardClosesAsConfiguredAndDeniesWithClose() {
    Guard closing =
        guards.channel(
            channel(new LimitRule(1, 60_000, Limit.Scope.CONNECTION, true)),
            PermissionRule.denyAll());
    Ctx ctx = new Ctx("c1", "a", null);
    closing.checkLimits(ctx);
    RateLimitExceeded e = assertThrows(RateLimitExceeded.class, () -> closing.checkLimits(ctx));
    assertThat(e.close()).isTrue();
    assertThat(e.code()).isEqualTo(1002);
    PermissionDenied denied =
        assertThrows(PermissionDenied.class, () -> closing.checkPermission(ctx));
    assertThat(denied.close()).isTrue();

    Guard action = guards.action(channel(), action("d"), PermissionRule.denyAll());
    assertThat(assertThrows(PermissionDenied.class, () -> action.check(ctx)).close()).isFalse();
  }

  @Test
  void deniedFramesAreNotCounted() {
    Guard guard =
        guards.action(
            channel(),
            action("p", new LimitRule(1, 60_000, Limit.Scope.CONNECTION, false)),
            PermissionRule.allOf(ctx -> ctx.principal() != null));
    assertThrows(PermissionDenied.class, () -> guard.check(new Ctx("c1", "a", null)));
    guard.check(new Ctx("c1", "a", () -> "ann"));
  }

  @Test
  void serverDefaultPolicyDecidesUndeclaredRules() {
    LimiterGuards strict = new LimiterGuards(new MemoryRateLimiter(now::get), ctx -> false);
    Guard undeclared = strict.action(channel(), action("u"), PermissionRule.serverDefault());
    assertThrows(PermissionDenied.class, () -> undeclared.check(new Ctx("c", "a", null)));
    strict.action(channel(), action("v"), PermissionRule.allOf()).check(new Ctx("c", "a", null));
  }

  /** A minimal context: id, address and principal. */
  private record Ctx(String id, String remoteAddress, Principal principal)
      implements ChannelContext {
    @Override
    public void reply(Object message) {}

    @Override
    public void broadcast(Object message) {}

    @Override
    public void broadcastTo(String room, Object message) {}

    @Override
    public void sendText(String text) {}

    @Override
    public void broadcastText(String text) {}

    @Override
    public void sendBinary(java.nio.ByteBuffer data) {}

    @Override
    public void broadcastBinary(java.nio.ByteBuffer data) {}

    @Override
    public long connectionCount() {
      return 0;
    }

    @Override
    public long connectionCount(String room) {
      return 0;
    }

    @Override
    public void close(int code, String reason) {}

    @Override
    public void setPresence(Object meta) {}

    @Override
    public List<Presence> presence() {
      return List.of();
    }

    @Override
    public List<Presence> presence(String room) {
      return List.of();
    }

    @Override
    public String room() {
      return "/c";
    }

    @Override
    public void join(String room) {}

    @Override
    public void leave(String room) {}

    @Override
    public Map<String, String> pathParams() {
      return Map.of();
    }

    @Override
    public ConcurrentMap<String, Object> attributes() {
      return new ConcurrentHashMap<>();
    }

    @Override
    public long requestId() {
      return 1;
    }

    @Override
    public String action() {
      return "a";
    }
  }
}
