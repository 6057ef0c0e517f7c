package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of a {@code @Channel(frames = Frames.TEXT)} interface that every text frame is
 * given to, as it came: no JSON parsing, no action routing. A text channel has exactly one.
 *
 * <p>The method is {@code void name(ChannelContext ctx, String text)}. A {@link Limit} on it
 * throttles the frames it handles, and a {@link Permission} on it checks each of them; an exception
 * it throws is answered as an action's would be.
 *
 * <pre>{@code
 * @Channel(path = "/shell", frames = Frames.TEXT)
 * public interface Shell {
 *   @OnText @Limit(times = 10, seconds = 1)
 *   default void line(ChannelContext ctx, String text) { ctx.sendText("> " + text); }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnText {}
