package com.example;

import io.channels4j.runtime.internal.Constraints;
import io.channels4j.runtime.internal.Violations;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Checks the {@code jakarta.validation} constraints of a decoded {@link Accounts.Mail}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_MailValidator {
  private static final Pattern ADDRESS_PATTERN = Pattern.compile(".*\\.org");

  private Accounts_MailValidator() {
  }

  /**
   * Adds to {@code violations} each constraint {@code value} breaks.
   */
  public static void validate(Accounts.Mail value, Violations violations) {
    String address = value.address();
    if (address != null && (!Constraints.email(address) || !ADDRESS_PATTERN.matcher(address).matches())) {
      violations.add("address", "must be a well-formed email address");
    }
  }
}
