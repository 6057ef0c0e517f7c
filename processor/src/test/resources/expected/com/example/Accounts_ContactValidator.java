package com.example;

import io.channels4j.runtime.internal.Violations;
import javax.annotation.processing.Generated;

/**
 * Checks the {@code jakarta.validation} constraints of a decoded {@link Accounts.Contact}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_ContactValidator {
  private Accounts_ContactValidator() {
  }

  /**
   * Adds to {@code violations} each constraint {@code value} breaks.
   */
  public static void validate(Accounts.Contact value, Violations violations) {
    if (value instanceof Accounts.Phone phone) {
      Accounts_PhoneValidator.validate(phone, violations);
    } else if (value instanceof Accounts.Mail mail) {
      Accounts_MailValidator.validate(mail, violations);
    }
  }
}
