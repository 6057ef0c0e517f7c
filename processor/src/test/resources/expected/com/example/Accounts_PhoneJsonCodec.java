package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Phone} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_PhoneJsonCodec implements JsonCodec<Accounts.Phone> {
  /**
   * The codec; it holds no state.
   */
  public static final Accounts_PhoneJsonCodec INSTANCE = new Accounts_PhoneJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("number");

  private static final byte[] NUMBER = JsonOutput.encodeName("number");

  private Accounts_PhoneJsonCodec() {
  }

  @Override
  public Accounts.Phone read(JsonInput in) {
    String number = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> number = in.nextString();
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (number == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Accounts.Phone(number);
  }

  @Override
  public void write(JsonOutput out, Accounts.Phone value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Accounts.Phone value) {
    String numberValue = value.number();
    if (numberValue != null) {
      out.name(NUMBER);
      out.value(numberValue);
    }
  }
}
