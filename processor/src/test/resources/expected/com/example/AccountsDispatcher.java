package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ActionNotExist;
import io.channels4j.runtime.internal.ActionCall;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guard;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.PermissionRule;
import io.channels4j.runtime.internal.Violations;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Routes the frames of one mounted {@link Accounts} to its methods, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class AccountsDispatcher extends ChannelDispatcher<Accounts> {
  private final JsonAdapter<Accounts.Signup> accountsSignupAdapter;

  private final JsonAdapter<Accounts.Profile> accountsProfileAdapter;

  private final JsonAdapter<Accounts.Contact> accountsContactAdapter;

  private final JsonAdapter<Accounts.Plain> accountsPlainAdapter;

  private final Guard signupGuard;

  private final Guard profileGuard;

  private final Guard contactGuard;

  private final Guard plainGuard;

  AccountsDispatcher(Accounts channel, Guards guards, Moshi moshi) {
    super(channel, guards.channel(AccountsDescriptor.CHANNEL, PermissionRule.serverDefault()));
    this.accountsSignupAdapter = new Accounts_SignupJsonAdapter(moshi).nullSafe();
    this.accountsProfileAdapter = new Accounts_ProfileJsonAdapter(moshi);
    this.accountsContactAdapter = new Accounts_ContactJsonAdapter(moshi);
    this.accountsPlainAdapter = new Accounts_PlainJsonAdapter(moshi);
    this.signupGuard = guards.action(AccountsDescriptor.CHANNEL, AccountsDescriptor.SIGNUP,
        PermissionRule.serverDefault());
    this.profileGuard = guards.action(AccountsDescriptor.CHANNEL, AccountsDescriptor.PROFILE,
        PermissionRule.serverDefault());
    this.contactGuard = guards.action(AccountsDescriptor.CHANNEL, AccountsDescriptor.CONTACT,
        PermissionRule.serverDefault());
    this.plainGuard = guards.action(AccountsDescriptor.CHANNEL, AccountsDescriptor.PLAIN,
        PermissionRule.serverDefault());
  }

  @Override
  public Guard guard(String action) {
    return switch (action) {
      case "signup" -> signupGuard;
      case "profile" -> profileGuard;
      case "contact" -> contactGuard;
      case "plain" -> plainGuard;
      default -> throw new ActionNotExist(action);
    };
  }

  @Override
  public Object read(String action, JsonReader frame) throws IOException {
    return switch (action) {
      case "signup" -> accountsSignupAdapter.fromJson(frame);
      case "profile" -> accountsProfileAdapter.fromJson(frame);
      case "contact" -> accountsContactAdapter.fromJson(frame);
      case "plain" -> accountsPlainAdapter.fromJson(frame);
      default -> null;
    };
  }

  @Override
  public Object read(String action, JsonInput in) {
    return switch (action) {
      case "signup" -> Accounts_SignupJsonCodec.INSTANCE.read(in);
      case "profile" -> Accounts_ProfileJsonCodec.INSTANCE.read(in);
      case "contact" -> Accounts_ContactJsonCodec.INSTANCE.read(in);
      case "plain" -> Accounts_PlainJsonCodec.INSTANCE.read(in);
      default -> {
        in.skipFrame();
        yield null;
      }
    };
  }

  @Override
  public void invoke(String action, Object payload, ActionCall ctx) {
    switch (action) {
      case "signup" -> channel.signup(ctx, Violations.valid((Accounts.Signup) payload,
          Accounts_SignupValidator::validate));
      case "profile" -> ctx.respond(accountsSignupAdapter, Accounts_SignupJsonCodec.INSTANCE, channel.profile(ctx, Violations.valid((Accounts.Profile) payload,
          Accounts_ProfileValidator::validate)));
      case "contact" -> channel.contact(ctx, Violations.valid((Accounts.Contact) payload,
          Accounts_ContactValidator::validate));
      case "plain" -> channel.plain(ctx, (Accounts.Plain) payload);
      default -> throw new ActionNotExist(action);
    }
  }
}
