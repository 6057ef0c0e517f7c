package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler parameter that takes the value of one {@code {name}} of the channel's path, converted
 * to the parameter's type: {@code String}, {@code int}, {@code long}, {@code Integer}, {@code
 * Long}, {@code double}, {@code boolean}, {@code UUID} or an enum (by constant name).
 *
 * <p>An action converts it for every frame: a value that does not convert is answered with a {@code
 * Parse Error} naming the parameter, and the socket stays open. An {@code @OnJoin} or
 * {@code @OnLeave} method's parameters are converted when the client connects, before it joins: a
 * value that does not convert refuses the connection.
 *
 * <pre>{@code
 * @Channel(path = "/auction/{lot}")
 * interface Auction {
 *   @Action("bid") default void bid(Bid bid, @PathParam("lot") long lot, ChannelContext ctx) {}
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface PathParam {
  /** The parameter's name in the channel's path template, such as {@code lot}. */
  String value();
}
