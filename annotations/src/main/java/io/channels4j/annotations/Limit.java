package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows at most {@link #times()} frames within any window of the given length.
 *
 * <p>On an {@link Action} method it limits that action; on a {@link Channel} interface it throttles
 * every frame of the channel. The window is the sum of the duration attributes and must not be
 * empty. The annotation is repeatable, and every limit must allow a frame for it to pass.
 *
 * <pre>{@code
 * @Action("message")
 * @Limit(times = 1, seconds = 3)
 * @Limit(times = 100, hours = 1, scope = Limit.Scope.USER)
 * void message(ChannelContext ctx, ChatMessage msg);
 * }</pre>
 *
 * <p>A frame over the limit gets {@code Too Many Requests. Retry after N seconds.}
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Limit.List.class)
public @interface Limit {
  /** How many frames the window allows; at least 1. */
  int times();

  /** Milliseconds added to the window. */
  long milliseconds() default 0;

  /** Seconds added to the window. */
  long seconds() default 0;

  /** Minutes added to the window. */
  long minutes() default 0;

  /** Hours added to the window. */
  long hours() default 0;

  /** Whose frames are counted together. */
  Scope scope() default Scope.CONNECTION;

  /**
   * Whether exceeding the limit also closes the socket with code 1002. Only meaningful for a
   * whole-channel limit; an action's limit never closes.
   */
  boolean close() default false;

  /** Whose frames share one count. */
  enum Scope {
    /** Each connection has its own count. */
    CONNECTION,
    /** All connections from one remote address share a count. */
    REMOTE_ADDRESS,
    /** All connections of one authenticated principal share a count. */
    USER
  }

  /** Holds repeated {@link Limit} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @interface List {
    /** The repeated limits. */
    Limit[] value();
  }
}
