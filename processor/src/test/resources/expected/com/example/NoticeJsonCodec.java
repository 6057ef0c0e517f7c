package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Notice} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class NoticeJsonCodec implements JsonCodec<Notice> {
  /**
   * The codec; it holds no state.
   */
  public static final NoticeJsonCodec INSTANCE = new NoticeJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("text");

  private static final byte[] TEXT = JsonOutput.encodeName("text");

  private NoticeJsonCodec() {
  }

  @Override
  public Notice read(JsonInput in) {
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
    return new Notice(text);
  }

  @Override
  public void write(JsonOutput out, Notice value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Notice value) {
    String textValue = value.text();
    if (textValue != null) {
      out.name(TEXT);
      out.value(textValue);
    }
  }
}
