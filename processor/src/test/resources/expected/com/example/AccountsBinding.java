package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.ChannelBinding;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.JsonCodec;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Binds {@link Accounts} to its generated dispatcher, descriptor and codecs; listed in
 * {@code META-INF/services} for the server to find.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class AccountsBinding extends ChannelBinding<Accounts> {
  /**
   * Called by {@code ServiceLoader}.
   */
  public AccountsBinding() {
    super(Accounts.class, AccountsDescriptor.CHANNEL);
  }

  @Override
  public int generatedCodeVersion() {
    return 5;
  }

  @Override
  public JsonAdapter.Factory jsonAdapterFactory() {
    return new AccountsJsonAdapterFactory();
  }

  @Override
  public Map<Class<?>, JsonCodec<?>> jsonCodecs() {
    return Map.ofEntries(Map.entry(Accounts.Signup.class, Accounts_SignupJsonCodec.INSTANCE),
        Map.entry(Accounts.Address.class, Accounts_AddressJsonCodec.INSTANCE),
        Map.entry(Accounts.Profile.class, Accounts_ProfileJsonCodec.INSTANCE),
        Map.entry(Accounts.Contact.class, Accounts_ContactJsonCodec.INSTANCE),
        Map.entry(Accounts.Phone.class, Accounts_PhoneJsonCodec.INSTANCE),
        Map.entry(Accounts.Mail.class, Accounts_MailJsonCodec.INSTANCE),
        Map.entry(Accounts.Pigeon.class, Accounts_PigeonJsonCodec.INSTANCE),
        Map.entry(Accounts.Plain.class, Accounts_PlainJsonCodec.INSTANCE));
  }

  @Override
  public ChannelDispatcher<Accounts> newDispatcher(Accounts channel, Guards guards, Moshi moshi) {
    return new AccountsDispatcher(channel, guards, moshi);
  }
}
