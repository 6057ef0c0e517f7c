package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Pigeon} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_PigeonJsonCodec implements JsonCodec<Accounts.Pigeon> {
  /**
   * The codec; it holds no state.
   */
  public static final Accounts_PigeonJsonCodec INSTANCE = new Accounts_PigeonJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("loft");

  private static final byte[] LOFT = JsonOutput.encodeName("loft");

  private Accounts_PigeonJsonCodec() {
  }

  @Override
  public Accounts.Pigeon read(JsonInput in) {
    String loft = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> loft = in.nextString();
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (loft == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Accounts.Pigeon(loft);
  }

  @Override
  public void write(JsonOutput out, Accounts.Pigeon value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Accounts.Pigeon value) {
    String loftValue = value.loft();
    if (loftValue != null) {
      out.name(LOFT);
      out.value(loftValue);
    }
  }
}
