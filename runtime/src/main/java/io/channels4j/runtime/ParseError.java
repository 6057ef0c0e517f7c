package io.channels4j.runtime;

/**
 * A frame that is not a JSON object or does not match the action's payload: {@code Parse Error:
 * WHAT AND WHERE}.
 */
public class ParseError extends ChannelException {
  private static final long serialVersionUID = 1L;

  /**
   * A parse error described by {@code detail}, such as {@code Required value 'user' missing at $}.
   */
  public ParseError(String detail) {
    super("parse_error", new Object[] {detail}, false, 1000);
  }
}
