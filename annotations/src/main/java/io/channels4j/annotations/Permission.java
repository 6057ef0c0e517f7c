package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Guards a channel or an action with permission checks.
 *
 * <p>Each class named in {@link #value()} implements {@code io.channels4j.runtime.PermissionCheck}
 * and has a public no-argument constructor; it is instantiated once when the channel is mounted. On
 * a {@link Channel} interface the checks run when a client connects (denied: error frame, close
 * 1002); on an {@link Action} method they run for every frame of that action (denied: error frame,
 * the socket stays open). Without this annotation the server's default policy applies.
 *
 * <pre>{@code
 * @Action("secret") @Permission(IsAdmin.class) void secret(ChannelContext ctx);
 * @Action("either") @Permission(value = {IsAdmin.class, IsOwner.class}, mode = Permission.Mode.ANY_OF)
 * void either(ChannelContext ctx);
 * @Action("never") @Permission(deny = true) void never(ChannelContext ctx);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Permission {
  /** The {@code PermissionCheck} classes to consult. */
  Class<?>[] value() default {};

  /** Whether all of the checks or any one of them must allow. */
  Mode mode() default Mode.ALL_OF;

  /** Whether to deny everyone, whatever the checks say; used with no classes. */
  boolean deny() default false;

  /** How the checks combine. */
  enum Mode {
    /** Every check must allow. */
    ALL_OF,
    /** At least one check must allow. */
    ANY_OF
  }
}
