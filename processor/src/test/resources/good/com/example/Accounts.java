package com.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.runtime.ChannelContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Payloads with jakarta.validation constraints: each gets a validator the dispatcher calls. */
@Channel(path = "/accounts")
public interface Accounts {
  @Action("signup")
  void signup(ChannelContext ctx, Signup signup);

  @Action("profile")
  Signup profile(ChannelContext ctx, Profile profile);

  @Action("contact")
  void contact(ChannelContext ctx, Contact contact);

  /** No constraints: the payload reaches the method unchecked, as before. */
  @Action("plain")
  void plain(ChannelContext ctx, Plain plain);

  record Signup(
      @NotBlank
          @Size(max = 20)
          @Pattern(regexp = "[a-z0-9_]+", flags = Pattern.Flag.CASE_INSENSITIVE)
          String handle,
      @Email String email,
      @Min(13) @Max(130) int age,
      @Nullable @Positive Long referrer,
      @NotEmpty @Size(max = 5) @Valid List<Address> addresses,
      @Valid Map<String, Address> named,
      @Size(min = 1, message = "give at least {min} tag") String[] tags,
      @PositiveOrZero BigDecimal credit,
      @Min(-5) BigInteger karma,
      @NotNull(message = "a nickname, please") Optional<String> nickname,
      @Valid Optional<Address> billing) {}

  record Address(@NotBlank String street, @Size(min = 5, max = 5) String zip) {}

  record Plain(String text) {}

  /** A class: constraints on its fields, read through getters. */
  final class Profile {
    @Size(min = 1, max = 200)
    private String bio;

    @Negative private double debt;

    @NegativeOrZero private short balance;

    public Profile() {}

    public String getBio() {
      return bio;
    }

    public void setBio(String bio) {
      this.bio = bio;
    }

    public double getDebt() {
      return debt;
    }

    public void setDebt(double debt) {
      this.debt = debt;
    }

    public short getBalance() {
      return balance;
    }

    public void setBalance(short balance) {
      this.balance = balance;
    }
  }

  /** A sealed payload: its validator hands each record to its own. */
  sealed interface Contact permits Phone, Mail, Pigeon {}

  record Phone(@Pattern(regexp = "\\+[0-9]{6,15}") String number) implements Contact {}

  record Mail(@Email(regexp = ".*\\.org") String address) implements Contact {}

  record Pigeon(String loft) implements Contact {}
}
