package com.example;

import io.channels4j.runtime.internal.Constraints;
import io.channels4j.runtime.internal.Violations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Checks the {@code jakarta.validation} constraints of a decoded {@link Accounts.Signup}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_SignupValidator {
  private static final Pattern HANDLE_PATTERN = Pattern.compile("[a-z0-9_]+", Pattern.CASE_INSENSITIVE);

  private Accounts_SignupValidator() {
  }

  /**
   * Adds to {@code violations} each constraint {@code value} breaks.
   */
  public static void validate(Accounts.Signup value, Violations violations) {
    String handle = value.handle();
    if (handle == null || Constraints.blank(handle)) {
      violations.add("handle", "must not be blank");
    }
    if (handle != null && handle.length() > 20) {
      violations.add("handle", "size must be between 0 and 20");
    }
    if (handle != null && !HANDLE_PATTERN.matcher(handle).matches()) {
      violations.add("handle", "must match \"[a-z0-9_]+\"");
    }
    String email = value.email();
    if (email != null && !Constraints.email(email)) {
      violations.add("email", "must be a well-formed email address");
    }
    int age = value.age();
    if (age < 13) {
      violations.add("age", "must be greater than or equal to 13");
    }
    if (age > 130) {
      violations.add("age", "must be less than or equal to 130");
    }
    Long referrer = value.referrer();
    if (referrer != null && referrer <= 0) {
      violations.add("referrer", "must be greater than 0");
    }
    List<Accounts.Address> addresses = value.addresses();
    if (addresses == null || addresses.size() == 0) {
      violations.add("addresses", "must not be empty");
    }
    if (addresses != null && addresses.size() > 5) {
      violations.add("addresses", "size must be between 0 and 5");
    }
    violations.each("addresses", addresses, Accounts_AddressValidator::validate);
    violations.each("named", value.named(), Accounts_AddressValidator::validate);
    String[] tags = value.tags();
    if (tags != null && tags.length < 1) {
      violations.add("tags", "give at least 1 tag");
    }
    BigDecimal credit = value.credit();
    if (credit != null && credit.signum() < 0) {
      violations.add("credit", "must be greater than or equal to 0");
    }
    BigInteger karma = value.karma();
    if (karma != null && karma.compareTo(BigInteger.valueOf(-5L)) < 0) {
      violations.add("karma", "must be greater than or equal to -5");
    }
    String nickname = value.nickname().orElse(null);
    if (nickname == null) {
      violations.add("nickname", "a nickname, please");
    }
    violations.nested("billing", value.billing().orElse(null), Accounts_AddressValidator::validate);
  }
}
