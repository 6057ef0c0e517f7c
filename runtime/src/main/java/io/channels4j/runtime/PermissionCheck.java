package io.channels4j.runtime;

/**
 * Decides whether a connection may connect to a channel or run an action.
 *
 * <p>Classes named in {@code @Permission} implement this interface and have a public no-argument
 * constructor; one instance is made per mounted channel, so implementations must be thread-safe.
 *
 * <pre>{@code
 * public final class LoggedIn implements PermissionCheck {
 *   public boolean permits(ChannelContext ctx) {
 *     return ctx.principal() != null;
 *   }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface PermissionCheck {
  /**
   * Whether {@code ctx} is allowed. {@code ctx.action()} is {@code null} when the check runs at
   * connect time.
   */
  boolean permits(ChannelContext ctx);
}
