package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Plain} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_PlainJsonCodec implements JsonCodec<Accounts.Plain> {
  /**
   * The codec; it holds no state.
   */
  public static final Accounts_PlainJsonCodec INSTANCE = new Accounts_PlainJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("text");

  private static final byte[] TEXT = JsonOutput.encodeName("text");

  private Accounts_PlainJsonCodec() {
  }

  @Override
  public Accounts.Plain read(JsonInput in) {
    String text = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> text = in.nextString();
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (text == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Accounts.Plain(text);
  }

  @Override
  public void write(JsonOutput out, Accounts.Plain value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Accounts.Plain value) {
    String textValue = value.text();
    if (textValue != null) {
      out.name(TEXT);
      out.value(textValue);
    }
  }
}
