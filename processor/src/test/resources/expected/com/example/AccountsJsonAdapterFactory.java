package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Returns the generated codecs of the types {@link Accounts} reads and writes, so any
 * {@code Moshi} can use them.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class AccountsJsonAdapterFactory implements JsonAdapter.Factory {
  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == Accounts.Signup.class) {
      return new Accounts_SignupJsonAdapter(moshi).nullSafe();
    }
    if (type == Accounts.Address.class) {
      return new Accounts_AddressJsonAdapter(moshi).nullSafe();
    }
    if (type == Accounts.Profile.class) {
      return new Accounts_ProfileJsonAdapter(moshi).nullSafe();
    }
    if (type == Accounts.Contact.class) {
      return new Accounts_ContactJsonAdapter(moshi).nullSafe();
    }
    if (type == Accounts.Phone.class) {
      return new Accounts_PhoneJsonAdapter(moshi).nullSafe();
    }
    if (type == Accounts.Mail.class) {
      return new Accounts_MailJsonAdapter(moshi).nullSafe();
    }
    if (type == Accounts.Pigeon.class) {
      return new Accounts_PigeonJsonAdapter(moshi).nullSafe();
    }
    if (type == Accounts.Plain.class) {
      return new Accounts_PlainJsonAdapter(moshi).nullSafe();
    }
    return null;
  }

  @Override
  public String toString() {
    return "AccountsJsonAdapterFactory";
  }
}
