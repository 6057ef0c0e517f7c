package io.channels4j.runtime.undertow.frame;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.LimitRule;
import io.channels4j.runtime.PermissionCheck;
import io.channels4j.runtime.PermissionDenied;
import io.channels4j.runtime.RateLimitExceeded;
import io.channels4j.runtime.RateLimiter;
import io.channels4j.runtime.internal.Guard;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.PermissionRule;
import java.security.Principal;
import java.util.List;

/**
 * The server's {@link Guards}: permission rules under a default policy, and limits counted by a
 * {@link RateLimiter}.
 *
 * <p>A limit's key is the channel path, the action ({@code *} for the whole-channel throttle), the
 * rule's index and the scope's key: the connection id, the remote address, or the principal's name
 * ({@code USER} without a principal falls back to the connection).
 */
public final class LimiterGuards implements Guards {
  private final RateLimiter limiter;
  private final PermissionCheck defaultPolicy;

  /** Guards counting with {@code limiter}; undeclared permissions ask {@code defaultPolicy}. */
  public LimiterGuards(RateLimiter limiter, PermissionCheck defaultPolicy) {
    this.limiter = limiter;
    this.defaultPolicy = defaultPolicy;
  }

  @Override
  public Guard channel(ChannelDescriptor channel, PermissionRule permission) {
    return new RuleGuard(permission, channel.limits(), channel.path() + "|*|", true);
  }

  @Override
  public Guard action(
      ChannelDescriptor channel, ActionDescriptor action, PermissionRule permission) {
    return new RuleGuard(
        permission, action.limits(), channel.path() + "|" + action.name() + "|", false);
  }

  private final class RuleGuard implements Guard {
    private final PermissionRule permission;
    private final LimitRule[] rules;
    private final String[] keyPrefixes;
    private final boolean channelLevel;

    RuleGuard(PermissionRule permission, List<LimitRule> rules, String prefix, boolean channel) {
      this.permission = permission;
      this.rules = rules.toArray(new LimitRule[0]);
      this.keyPrefixes = new String[this.rules.length];
      for (int i = 0; i < this.rules.length; i++) {
        keyPrefixes[i] = prefix + i + "|";
      }
      this.channelLevel = channel;
    }

    @Override
    public void checkPermission(ChannelContext ctx) {
      if (!permission.permits(ctx, defaultPolicy)) {
        // A refusal at connect closes the socket (1002); on an action it does not.
        throw new PermissionDenied(channelLevel);
      }
    }

    @Override
    public void checkLimits(ChannelContext ctx) {
      for (int i = 0; i < rules.length; i++) {
        LimitRule rule = rules[i];
        long waitMillis =
            limiter.acquire(
                keyPrefixes[i] + scopeKey(rule, ctx), rule.times(), rule.windowMillis());
        if (waitMillis > 0) {
          long seconds = Math.max(1, (waitMillis + 999) / 1000);
          throw new RateLimitExceeded(seconds, channelLevel && rule.close());
        }
      }
    }
  }

  private static String scopeKey(LimitRule rule, ChannelContext ctx) {
    switch (rule.scope()) {
      case REMOTE_ADDRESS:
        return "a:" + ctx.remoteAddress();
      case USER:
        Principal principal = ctx.principal();
        return principal != null ? "u:" + principal.getName() : "c:" + ctx.id();
      case CONNECTION:
      default:
        return "c:" + ctx.id();
    }
  }
}
