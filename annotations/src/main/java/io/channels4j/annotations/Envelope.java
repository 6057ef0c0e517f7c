package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The shape of a {@link Channel}'s frames, when it is not the default one: the names of the routing
 * and correlation members of a client frame, where its payload stands, and the type that wraps
 * every response, acknowledgement and error frame the channel sends.
 *
 * <pre>{@code
 * @Channel(path = "/tickets")
 * @Envelope(action = "type", requestId = "id", payload = "data", response = Reply.class)
 * public interface Tickets { ... }
 *
 * // → {"type":"open","id":7,"data":{"title":"printer"}}
 * // ← {"action":"open","request_id":7,"status":"ok","data":{"number":12}}
 * record Reply<T>(String action, @Json(name = "request_id") long requestId, String status,
 *     T data, String errors) {}
 * }</pre>
 *
 * <p>Without a {@link #response()} type the channel sends today's frames, {@code
 * {"type":"response", ...}}, naming the action and request id with {@link #action()} and {@link
 * #requestId()}, so a client reads its answers with the names it sends. Messages sent with {@code
 * ctx.reply} or {@code ctx.broadcast} and the messages a history room keeps never get an envelope.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Envelope {
  /** The client frame's member that names the action. */
  String action() default "action";

  /** The client frame's member that carries the request id echoed in every answer. */
  String requestId() default "request_id";

  /**
   * The client frame's member whose value is the payload, such as {@code "data"}; empty (the
   * default) means the payload is the frame object itself.
   */
  String payload() default "";

  /**
   * A record whose components are the members of every response, acknowledgement and error frame,
   * each taking a role by its name: {@code action} (a {@code String}, absent from errors of no
   * action), {@code requestId} ({@code long} or {@code Long}), {@code status} ({@code "ok"} or
   * {@code "bad"}), {@code data} (the reply or the error's data: the record's one type variable, or
   * {@code Object}), {@code errors} (the error text, a {@code String}) and, optionally, {@code
   * reason} (a {@code ChannelException}'s reason). Members are named as its codec names them
   * ({@code @Json(name)}); a {@code null} component is left out of the frame. {@code void} (the
   * default) keeps today's frames.
   */
  Class<?> response() default void.class;
}
