package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Address} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_AddressJsonCodec implements JsonCodec<Accounts.Address> {
  /**
   * The codec; it holds no state.
   */
  public static final Accounts_AddressJsonCodec INSTANCE = new Accounts_AddressJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("street", "zip");

  private static final byte[] STREET = JsonOutput.encodeName("street");

  private static final byte[] ZIP = JsonOutput.encodeName("zip");

  private Accounts_AddressJsonCodec() {
  }

  @Override
  public Accounts.Address read(JsonInput in) {
    String street = null;
    String zip = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> street = in.nextString();
        case 1 -> zip = in.nextString();
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (street == null || zip == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Accounts.Address(street, zip);
  }

  @Override
  public void write(JsonOutput out, Accounts.Address value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Accounts.Address value) {
    String streetValue = value.street();
    if (streetValue != null) {
      out.name(STREET);
      out.value(streetValue);
    }
    String zipValue = value.zip();
    if (zipValue != null) {
      out.name(ZIP);
      out.value(zipValue);
    }
  }
}
