package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Mail} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_MailJsonCodec implements JsonCodec<Accounts.Mail> {
  /**
   * The codec; it holds no state.
   */
  public static final Accounts_MailJsonCodec INSTANCE = new Accounts_MailJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("address");

  private static final byte[] ADDRESS = JsonOutput.encodeName("address");

  private Accounts_MailJsonCodec() {
  }

  @Override
  public Accounts.Mail read(JsonInput in) {
    String address = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> address = in.nextString();
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (address == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Accounts.Mail(address);
  }

  @Override
  public void write(JsonOutput out, Accounts.Mail value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Accounts.Mail value) {
    String addressValue = value.address();
    if (addressValue != null) {
      out.name(ADDRESS);
      out.value(addressValue);
    }
  }
}
