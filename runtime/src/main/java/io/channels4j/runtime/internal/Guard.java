package io.channels4j.runtime.internal;

import io.channels4j.runtime.ChannelContext;

/** The permission and rate-limit checks of a channel or of one action, built once per mount. */
public interface Guard {
  /** Throws {@link io.channels4j.runtime.PermissionDenied} unless the permission rule allows. */
  void checkPermission(ChannelContext ctx);

  /**
   * Counts the frame, or throws {@link io.channels4j.runtime.RateLimitExceeded} if over a limit.
   */
  void checkLimits(ChannelContext ctx);

  /** Checks permission, then limits, so a denied frame is never counted. */
  default void check(ChannelContext ctx) {
    checkPermission(ctx);
    checkLimits(ctx);
  }
}
