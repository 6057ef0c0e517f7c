package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a {@link Channel} interface that runs after a client has left the room: it
 * closed, dropped, was closed by the server, or the server stopped.
 *
 * <p>The method returns {@code void} and takes, in any order, a {@code ChannelContext} and
 * parameters annotated {@link PathParam}, {@link Principal}, {@link Attribute} or {@link Provided},
 * each optional; it is usually a {@code default} method. An exception it throws is logged and never
 * stops the server.
 *
 * <pre>{@code
 * @OnLeave default void left(ChannelContext ctx) { ctx.broadcast(new Notice("left")); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnLeave {}
