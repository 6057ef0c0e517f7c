package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Zoo.Event} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Zoo_EventJsonCodec implements JsonCodec<Zoo.Event> {
  /**
   * The codec; it holds no state.
   */
  public static final Zoo_EventJsonCodec INSTANCE = new Zoo_EventJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("kind", "detail");

  private static final byte[] KIND = JsonOutput.encodeName("kind");

  private static final byte[] DETAIL = JsonOutput.encodeName("detail");

  private Zoo_EventJsonCodec() {
  }

  @Override
  public Zoo.Event read(JsonInput in) {
    String kind = null;
    String detail = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> kind = in.nextString();
        case 1 -> detail = in.nextNull() ? null : in.nextString();
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (kind == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Zoo.Event(kind, detail);
  }

  @Override
  public void write(JsonOutput out, Zoo.Event value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Zoo.Event value) {
    String kindValue = value.kind();
    if (kindValue != null) {
      out.name(KIND);
      out.value(kindValue);
    }
    String detailValue = value.detail();
    if (detailValue != null) {
      out.name(DETAIL);
      out.value(detailValue);
    }
  }
}
