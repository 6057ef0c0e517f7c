package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the rooms of a {@link Channel} keep their latest broadcasts, so clients can page back
 * through them and catch up after a reconnect.
 *
 * <p>Every broadcast to such a room is stored with an id that grows with every message, and the
 * frame members receive carries it as a top-level {@code "id"} field. Clients ask for older or
 * newer messages with the built-in {@code history} action, and reconnect with {@code ?since=<last
 * id>} to receive what they missed before new messages.
 *
 * <pre>{@code
 * @Channel(path = "/group", room = "group_channel")
 * @History(size = 100, ttlSeconds = 86_400)
 * public interface GroupChat { ... }
 * }</pre>
 *
 * <p>Messages broadcast to a history room must encode to JSON objects, and must not use {@code id}
 * as a top-level field name of their own.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface History {
  /** The most recent messages each room keeps, from 1 to {@value #MAX_SIZE}. */
  int size();

  /**
   * How long a message is kept, in seconds; zero (the default) keeps it until newer ones push it
   * out.
   */
  long ttlSeconds() default 0;

  /** The largest {@link #size()}: a reconnecting client may be sent this many messages at once. */
  int MAX_SIZE = 100_000;
}
