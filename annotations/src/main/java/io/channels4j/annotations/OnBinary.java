package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of a {@link Channel} interface that every binary frame is given to; without one,
 * a binary frame is answered {@code Unsupported Data}. A channel has at most one, whether its text
 * frames are {@link Frames#JSON} or {@link Frames#TEXT}; a relay channel has none, since it relays
 * binary frames as they came.
 *
 * <p>The method is {@code void name(ChannelContext ctx, ByteBuffer data)} or {@code void
 * name(ChannelContext ctx, byte[] data)}; the data is the frame's own copy, the handler's to keep.
 * A {@link Limit} on it throttles the frames it handles, and a {@link Permission} on it checks each
 * of them; an exception it throws is answered as an action's would be.
 *
 * <pre>{@code
 * @OnBinary default void upload(ChannelContext ctx, byte[] data) { ctx.broadcastBinary(data); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnBinary {}
