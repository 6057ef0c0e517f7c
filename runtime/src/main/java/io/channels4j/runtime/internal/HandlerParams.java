package io.channels4j.runtime.internal;

import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.ChannelException;
import io.channels4j.runtime.ParseError;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What generated dispatchers call to fill handler parameters that are neither the payload nor the
 * context: path parameters converted to their types, attributes checked against theirs, and the
 * refusal of a principal of the wrong type.
 */
public final class HandlerParams {
  private static final Logger log = LoggerFactory.getLogger(HandlerParams.class);

  /** A UUID's canonical text, which {@link UUID#fromString} would accept much more loosely. */
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** A JSON number, which {@link Double#valueOf} would take with {@code NaN}, {@code 1d}, hex... */
  private static final Pattern NUMBER_TEXT =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private HandlerParams() {}

  /**
   * The path parameter {@code name} converted by {@code parse}.
   *
   * @param expected what the value must be, for the error: {@code "a long"}
   * @throws ParseError naming the parameter, when {@code parse} refuses the value
   */
  public static <T> T path(
      ChannelContext ctx, String name, String expected, Function<String, T> parse) {
    String value = ctx.pathParam(name);
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException refused) { // NumberFormatException included
      throw new ParseError(
          "Path parameter '" + name + "' must be " + expected + ", but is '" + value + "'");
    }
  }

  /** {@code true} or {@code false}, exactly; {@link Boolean#parseBoolean} takes anything. */
  public static Boolean parseBoolean(String text) {
    if (text.equals("true") || text.equals("false")) {
      return text.equals("true");
    }
    throw new IllegalArgumentException(text);
  }

  /** A number written as JSON writes one, such as {@code -12.5} or {@code 1e3}. */
  public static Double parseDouble(String text) {
    if (!NUMBER_TEXT.matcher(text).matches()) {
      throw new IllegalArgumentException(text);
    }
    return Double.valueOf(text);
  }

  /** A UUID in its canonical 8-4-4-4-12 form. */
  public static UUID parseUuid(String text) {
    if (!UUID_TEXT.matcher(text).matches()) {
      throw new IllegalArgumentException(text);
    }
    return UUID.fromString(text);
  }

  /**
   * The attribute {@code name}, {@code null} when absent.
   *
   * @throws IllegalStateException when it holds a value of another type: a server error, which the
   *     client only sees as {@code Internal Error}
   */
  public static <T> T attribute(ChannelContext ctx, String name, Class<T> type) {
    Object value = ctx.attributes().get(name);
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    throw new IllegalStateException(
        "The attribute '"
            + name
            + "' holds a "
            + value.getClass().getName()
            + ", but a parameter takes it as a "
            + type.getName());
  }

  /**
   * The error that refuses a connection whose principal {@code parameter} cannot take, logged with
   * what it was: the authenticator and the channel disagree, which only the server can fix.
   *
   * @param parameter the parameter, such as {@code bid() takes a @Principal com.example.User}
   */
  public static ChannelException wrongPrincipal(ChannelContext ctx, String parameter) {
    Object principal = ctx.principal();
    log.warn(
        "Refused connection {} to room {}: {}, but the principal is {}",
        ctx.id(),
        ctx.room(),
        parameter,
        principal == null ? "null" : "a " + principal.getClass().getName());
    return new Unauthorized();
  }
}
