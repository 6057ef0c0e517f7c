package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Contact} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_ContactJsonCodec implements JsonCodec<Accounts.Contact> {
  /**
   * The codec; it holds no state.
   */
  public static final Accounts_ContactJsonCodec INSTANCE = new Accounts_ContactJsonCodec();

  private static final JsonNames DISCRIMINATOR = JsonNames.of("type");

  private static final JsonNames LABELS = JsonNames.of("Phone", "Mail", "Pigeon");

  private static final byte[] DISCRIMINATOR_NAME = JsonOutput.encodeName("type");

  private Accounts_ContactJsonCodec() {
  }

  @Override
  public Accounts.Contact read(JsonInput in) {
    return switch (in.peekLabel(DISCRIMINATOR, LABELS)) {
      case 0 -> Accounts_PhoneJsonCodec.INSTANCE.read(in);
      case 1 -> Accounts_MailJsonCodec.INSTANCE.read(in);
      default -> Accounts_PigeonJsonCodec.INSTANCE.read(in); // peekLabel returns no other
    };
  }

  @Override
  public void write(JsonOutput out, Accounts.Contact value) {
    out.beginObject();
    out.name(DISCRIMINATOR_NAME);
    if (value instanceof Accounts.Phone phone) {
      out.value("Phone");
      Accounts_PhoneJsonCodec.INSTANCE.writeMembers(out, phone);
    } else if (value instanceof Accounts.Mail mail) {
      out.value("Mail");
      Accounts_MailJsonCodec.INSTANCE.writeMembers(out, mail);
    } else if (value instanceof Accounts.Pigeon pigeon) {
      out.value("Pigeon");
      Accounts_PigeonJsonCodec.INSTANCE.writeMembers(out, pigeon);
    }
    out.endObject();
  }
}
