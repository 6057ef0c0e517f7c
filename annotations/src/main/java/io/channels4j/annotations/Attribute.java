package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler parameter that takes one of the connection's attributes ({@code
 * ctx.attributes().get(name)}), or {@code null} when it is absent. A value of another type than the
 * parameter's is a server error: the client gets {@code Internal Error}.
 *
 * <pre>{@code
 * @Action("cart") default Cart cart(@Attribute("cart") Cart cart) { return cart; }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Attribute {
  /** The attribute's name. */
  String value();
}
