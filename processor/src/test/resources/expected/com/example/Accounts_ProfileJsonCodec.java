package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Profile} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_ProfileJsonCodec implements JsonCodec<Accounts.Profile> {
  /**
   * The codec; it holds no state.
   */
  public static final Accounts_ProfileJsonCodec INSTANCE = new Accounts_ProfileJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("bio", "debt", "balance");

  private static final byte[] BIO = JsonOutput.encodeName("bio");

  private static final byte[] DEBT = JsonOutput.encodeName("debt");

  private static final byte[] BALANCE = JsonOutput.encodeName("balance");

  private Accounts_ProfileJsonCodec() {
  }

  @Override
  public Accounts.Profile read(JsonInput in) {
    String bio = null;
    double debt = 0.0;
    boolean debtFound = false;
    short balance = (short) 0;
    boolean balanceFound = false;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> bio = in.nextString();
        case 1 -> {
          debt = in.nextDouble();
          debtFound = true;
        }
        case 2 -> {
          balance = in.nextShort();
          balanceFound = true;
        }
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (bio == null || !debtFound || !balanceFound) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    Accounts.Profile result = new Accounts.Profile();
    result.setBio(bio);
    result.setDebt(debt);
    result.setBalance(balance);
    return result;
  }

  @Override
  public void write(JsonOutput out, Accounts.Profile value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Accounts.Profile value) {
    String bioValue = value.getBio();
    if (bioValue != null) {
      out.name(BIO);
      out.value(bioValue);
    }
    out.name(DEBT);
    out.value(value.getDebt());
    out.name(BALANCE);
    out.value(value.getBalance());
  }
}
