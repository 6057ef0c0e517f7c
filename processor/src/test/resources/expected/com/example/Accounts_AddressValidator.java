package com.example;

import io.channels4j.runtime.internal.Constraints;
import io.channels4j.runtime.internal.Violations;
import javax.annotation.processing.Generated;

/**
 * Checks the {@code jakarta.validation} constraints of a decoded {@link Accounts.Address}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_AddressValidator {
  private Accounts_AddressValidator() {
  }

  /**
   * Adds to {@code violations} each constraint {@code value} breaks.
   */
  public static void validate(Accounts.Address value, Violations violations) {
    String street = value.street();
    if (street == null || Constraints.blank(street)) {
      violations.add("street", "must not be blank");
    }
    String zip = value.zip();
    if (zip != null && (zip.length() < 5 || zip.length() > 5)) {
      violations.add("zip", "size must be between 5 and 5");
    }
  }
}
