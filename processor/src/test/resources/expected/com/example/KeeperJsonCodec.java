package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Keeper} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class KeeperJsonCodec implements JsonCodec<Keeper> {
  /**
   * The codec; it holds no state.
   */
  public static final KeeperJsonCodec INSTANCE = new KeeperJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("name", "age");

  private static final byte[] NAME = JsonOutput.encodeName("name");

  private static final byte[] AGE = JsonOutput.encodeName("age");

  private KeeperJsonCodec() {
  }

  @Override
  public Keeper read(JsonInput in) {
    String name = null;
    int age = 0;
    boolean ageFound = false;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> name = in.nextString();
        case 1 -> {
          age = in.nextInt();
          ageFound = true;
        }
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (name == null || !ageFound) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Keeper(name, age);
  }

  @Override
  public void write(JsonOutput out, Keeper value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Keeper value) {
    String nameValue = value.name;
    if (nameValue != null) {
      out.name(NAME);
      out.value(nameValue);
    }
    out.name(AGE);
    out.value(value.getAge());
  }
}
