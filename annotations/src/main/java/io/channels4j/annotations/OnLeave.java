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
 * <p>The method takes only a {@code ChannelContext} and returns {@code void}; it is usually a
 * {@code default} method. An exception it throws is logged and never stops the server.
 *
 * <pre>{@code
 * @OnLeave default void left(ChannelContext ctx) { ctx.broadcast(new Notice("left")); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnLeave {}
