package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler parameter that takes the connection's principal, as the authenticator's own type.
 *
 * <p>The server checks every {@code @Principal} parameter of the channel when a client connects: a
 * principal that is not of the parameter's type, or none at all, refuses the connection, so a
 * handler never sees a wrong one. Use {@code ChannelContext.principal()} where there may be none.
 *
 * <pre>{@code
 * @Action("buy") default void buy(Order order, @Principal User user) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Principal {}
