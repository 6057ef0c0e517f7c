package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Child} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ChildJsonCodec implements JsonCodec<Child> {
  /**
   * The codec; it holds no state.
   */
  public static final ChildJsonCodec INSTANCE = new ChildJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("name", "parent");

  private static final byte[] NAME = JsonOutput.encodeName("name");

  private static final byte[] PARENT = JsonOutput.encodeName("parent");

  private ChildJsonCodec() {
  }

  @Override
  public Child read(JsonInput in) {
    String name = null;
    Parent parent = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> name = in.nextString();
        case 1 -> parent = in.nextNull() ? null : ParentJsonCodec.INSTANCE.read(in);
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (name == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Child(name, parent);
  }

  @Override
  public void write(JsonOutput out, Child value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Child value) {
    String nameValue = value.name();
    if (nameValue != null) {
      out.name(NAME);
      out.value(nameValue);
    }
    Parent parentValue = value.parent();
    if (parentValue != null) {
      out.name(PARENT);
      ParentJsonCodec.INSTANCE.write(out, parentValue);
    }
  }
}
