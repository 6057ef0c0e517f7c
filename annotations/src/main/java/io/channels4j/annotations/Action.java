package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a {@link Channel} interface as the handler of one action.
 *
 * <p>The method takes, in any order, a {@code ChannelContext}, a payload decoded from the same JSON
 * object as the frame's {@code "action"} field (the one parameter without an annotation), and
 * parameters annotated {@link PathParam}, {@link Principal}, {@link RequestId}, {@link Attribute}
 * or {@link Provided}; each is optional. A non-void return value is sent to the sender as a
 * response; a {@code CompletionStage<R>} sends its value when it completes.
 *
 * <pre>{@code
 * @Action("message") void message(ChannelContext ctx, ChatMessage msg);
 * @Action Count count(ChannelContext ctx);          // action name "count"
 * @Action(deprecated = true) void legacy(ChannelContext ctx);
 * @Action CompletionStage<Quote> quote(ChannelContext ctx, Symbol symbol); // answered later
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Action {
  /**
   * The action name clients send in {@code "action"}; empty (the default) means the method name.
   */
  String value() default "";

  /**
   * Whether the action is retired: a frame naming it gets the error {@code The action 'NAME' is
   * deprecated.} and the method is never called.
   */
  boolean deprecated() default false;

  /**
   * For an action that returns a {@code CompletionStage}: whether the connection's next frames may
   * be handled before the stage completes. By default (false) they wait for it, so a connection's
   * frames are answered in the order they came, as those of other actions are.
   */
  boolean overlap() default false;

  /**
   * For an action that sends no reply ({@code void}, or a {@code CompletionStage<Void>}): whether
   * the client is told it is done, with {@code {"type":"response","action":...,"request_id":N,
   * "status":"ok","data":null}} once the method returned (or its stage completed). {@code
   * Channel.ack()} turns it on for all of a channel's actions.
   */
  boolean ack() default false;
}
