package com.example;

import io.channels4j.runtime.internal.Violations;
import javax.annotation.processing.Generated;

/**
 * Checks the {@code jakarta.validation} constraints of a decoded {@link Accounts.Profile}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_ProfileValidator {
  private Accounts_ProfileValidator() {
  }

  /**
   * Adds to {@code violations} each constraint {@code value} breaks.
   */
  public static void validate(Accounts.Profile value, Violations violations) {
    String bio = value.getBio();
    if (bio != null && (bio.length() < 1 || bio.length() > 200)) {
      violations.add("bio", "size must be between 1 and 200");
    }
    double debt = value.getDebt();
    if (debt >= 0) {
      violations.add("debt", "must be less than 0");
    }
    short balance = value.getBalance();
    if (balance > 0) {
      violations.add("balance", "must be less than or equal to 0");
    }
  }
}
