package com.example;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * What {@link Accounts} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class AccountsDescriptor {
  /**
   * The action {@code signup}.
   */
  public static final ActionDescriptor SIGNUP = ActionDescriptor.builder("signup")
      .payload("com.example.Accounts.Signup", List.of("handle", "email", "age", "referrer",
          "addresses", "named", "tags", "credit", "karma", "nickname", "billing"))
      .build();

  /**
   * The action {@code profile}.
   */
  public static final ActionDescriptor PROFILE = ActionDescriptor.builder("profile")
      .payload("com.example.Accounts.Profile", List.of("bio", "debt", "balance"))
      .reply("com.example.Accounts.Signup")
      .build();

  /**
   * The action {@code contact}.
   */
  public static final ActionDescriptor CONTACT = ActionDescriptor.builder("contact")
      .payload("com.example.Accounts.Contact")
      .build();

  /**
   * The action {@code plain}.
   */
  public static final ActionDescriptor PLAIN = ActionDescriptor.builder("plain")
      .payload("com.example.Accounts.Plain", List.of("text"))
      .build();

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/accounts")
      .actions(SIGNUP, PROFILE, CONTACT, PLAIN)
      .build();

  private AccountsDescriptor() {
  }
}
