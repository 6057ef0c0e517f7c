package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The codec of a type of your own that JSON holds as one string or number: a public class with a
 * {@code public static T read(X)} and a {@code public static X write(T)}, where {@code X} is a type
 * held as one JSON value itself (a {@code String}, a primitive or its box, {@code BigDecimal}...).
 *
 * <pre>{@code
 * @JsonWith(MoneyCodec.class)
 * record Money(long cents, String currency) {}
 *
 * public final class MoneyCodec {
 *   public static Money read(String text) { ... }        // "12.50 EUR"
 *   public static String write(Money money) { ... }
 * }
 * }</pre>
 *
 * <p>Both generated codecs use it: the Moshi adapter and the server's byte-level codec. A value
 * {@code read} refuses with an exception is a {@code Parse Error} ({@code Expected a Money but was
 * ... at path ...}). For a type you cannot annotate, such as a library's, name the codec in {@link
 * Channel#codecs()} instead.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JsonWith {
  /** The codec class. */
  Class<?> value();
}
