package io.channels4j.runtime.internal;

import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;
import java.util.List;

/**
 * A {@code @Permission} with its check instances, made once when a channel is mounted.
 *
 * <p>A rule without {@code @Permission} defers to the server's default policy.
 */
public final class PermissionRule {
  private enum Kind {
    SERVER_DEFAULT,
    ALL_OF,
    ANY_OF,
    DENY
  }

  private static final PermissionRule SERVER_DEFAULT =
      new PermissionRule(Kind.SERVER_DEFAULT, List.of());
  private static final PermissionRule DENY_ALL = new PermissionRule(Kind.DENY, List.of());

  private final Kind kind;
  private final List<PermissionCheck> checks;

  private PermissionRule(Kind kind, List<PermissionCheck> checks) {
    this.kind = kind;
    this.checks = checks;
  }

  /** No {@code @Permission}: the server's default policy decides. */
  public static PermissionRule serverDefault() {
    return SERVER_DEFAULT;
  }

  /** {@code @Permission(deny = true)}. */
  public static PermissionRule denyAll() {
    return DENY_ALL;
  }

  /** Every check must allow; no checks allow everyone. */
  public static PermissionRule allOf(PermissionCheck... checks) {
    return new PermissionRule(Kind.ALL_OF, List.of(checks));
  }

  /** At least one check must allow; no checks deny everyone. */
  public static PermissionRule anyOf(PermissionCheck... checks) {
    return new PermissionRule(Kind.ANY_OF, List.of(checks));
  }

  /** Whether {@code ctx} is allowed, with {@code defaultPolicy} deciding undeclared rules. */
  public boolean permits(ChannelContext ctx, PermissionCheck defaultPolicy) {
    switch (kind) {
      case SERVER_DEFAULT:
        return defaultPolicy.permits(ctx);
      case DENY:
        return false;
      case ALL_OF:
        for (PermissionCheck check : checks) {
          if (!check.permits(ctx)) {
            return false;
          }
        }
        return true;
      case ANY_OF:
        for (PermissionCheck check : checks) {
          if (check.permits(ctx)) {
            return true;
          }
        }
        return false;
    }
    throw new AssertionError(kind);
  }
}
