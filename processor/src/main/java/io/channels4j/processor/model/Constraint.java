package io.channels4j.processor.model;

import java.util.List;

/**
 * A {@code jakarta.validation} constraint on a payload member, as its generated validator checks
 * it; {@link #message()} is the text a violation reports, the constraint's own {@code message} or
 * Hibernate Validator's English default.
 */
public sealed interface Constraint {
  String message();

  /** {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}: the only ones refusing null. */
  record Required(Presence presence, String message) implements Constraint {}

  /** {@code @Size}: a length or element count within {@code min..max}. */
  record Size(int min, int max, String message) implements Constraint {}

  /**
   * {@code @Min}, {@code @Max}, {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative} and
   * {@code @NegativeOrZero}: the value must stand {@code comparison} to {@code bound}.
   */
  record Bound(Comparison comparison, long bound, String message) implements Constraint {}

  /**
   * {@code @Pattern}, or {@code @Email} ({@code email}), whose {@code regexp} defaults to {@code
   * .*}: the whole text must match {@code regexp} compiled with {@code flags}, the sum of {@code
   * java.util.regex.Pattern} flag constants named in {@code flagNames}.
   */
  record Matches(String regexp, List<String> flagNames, boolean email, String message)
      implements Constraint {}

  /** What a {@link Required} constraint refuses besides null. */
  enum Presence {
    /** Nothing else. */
    NOT_NULL,
    /** Text of nothing but whitespace. */
    NOT_BLANK,
    /** An empty text, collection, map or array. */
    NOT_EMPTY
  }

  /** How a valid value compares to a {@link Bound}. */
  enum Comparison {
    AT_LEAST("<"),
    AT_MOST(">"),
    ABOVE("<="),
    BELOW(">=");

    /** The Java operator true of a value that breaks the bound. */
    public final String refused;

    Comparison(String refused) {
      this.refused = refused;
    }
  }
}
