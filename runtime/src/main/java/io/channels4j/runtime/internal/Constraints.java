package io.channels4j.runtime.internal;

import java.util.regex.Pattern;

/**
 * The checks of {@code jakarta.validation} constraints that generated validators call rather than
 * spell out, each as Hibernate Validator decides it, so a payload valid there is valid here.
 */
public final class Constraints {
  private Constraints() {}

  /** One dot-separated atom of an address's local part, as RFC 5322 allows it unquoted. */
  private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\uFFFF-]+";

  /** One domain label: letters, digits and inner hyphens. */
  private static final String LABEL =
      "[a-z0-9\\u0080-\\uFFFF](?:[a-z0-9\\u0080-\\uFFFF-]*[a-z0-9\\u0080-\\uFFFF])?";

  private static final Pattern EMAIL =
      Pattern.compile(
          ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")*",
          Pattern.CASE_INSENSITIVE);

  /** The longest local part RFC 5321 allows. */
  private static final int MAX_LOCAL_PART = 64;

  /** The longest domain RFC 1035 allows. */
  private static final int MAX_DOMAIN = 255;

  /**
   * Whether {@code @NotBlank} refuses {@code text}: it holds nothing but characters up to {@code '
   * '} (spaces and control characters), which is {@code trim()}'s definition and Hibernate's.
   */
  public static boolean blank(String text) {
    return text.trim().isEmpty();
  }

  /**
   * Whether {@code @Email} accepts {@code text}: an empty string, or {@code local@domain} with a
   * dot-atom local part of at most 64 characters and a domain of labels of at most 255.
   */
  public static boolean email(String text) {
    if (text.isEmpty()) {
      return true;
    }
    int at = text.lastIndexOf('@');
    return at > 0
        && at <= MAX_LOCAL_PART
        && text.length() - at - 1 <= MAX_DOMAIN
        && EMAIL.matcher(text).matches();
  }
}
