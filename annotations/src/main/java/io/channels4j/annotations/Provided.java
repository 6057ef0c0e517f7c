package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler parameter that takes the value the server was given for its type, with {@code
 * ChannelServer.builder().provide(Clock.class, clock)} (one value) or {@code provide(Clock.class,
 * supplier)} (asked on every call). The server refuses to start when a type a mounted channel needs
 * was not provided.
 *
 * <pre>{@code
 * @Action("now") default long now(@Provided Clock clock) { return clock.millis(); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Provided {}
