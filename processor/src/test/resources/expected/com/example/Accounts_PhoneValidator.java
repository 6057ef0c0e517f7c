package com.example;

import io.channels4j.runtime.internal.Violations;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Checks the {@code jakarta.validation} constraints of a decoded {@link Accounts.Phone}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_PhoneValidator {
  private static final Pattern NUMBER_PATTERN = Pattern.compile("\\+[0-9]{6,15}");

  private Accounts_PhoneValidator() {
  }

  /**
   * Adds to {@code violations} each constraint {@code value} breaks.
   */
  public static void validate(Accounts.Phone value, Violations violations) {
    String number = value.number();
    if (number != null && !NUMBER_PATTERN.matcher(number).matches()) {
      violations.add("number", "must match \"\\+[0-9]{6,15}\"");
    }
  }
}
