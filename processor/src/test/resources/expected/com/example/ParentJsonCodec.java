package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Parent} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ParentJsonCodec implements JsonCodec<Parent> {
  /**
   * The codec; it holds no state.
   */
  public static final ParentJsonCodec INSTANCE = new ParentJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("name", "kids");

  private static final byte[] NAME = JsonOutput.encodeName("name");

  private static final byte[] KIDS = JsonOutput.encodeName("kids");

  private ParentJsonCodec() {
  }

  @Override
  public Parent read(JsonInput in) {
    String name = null;
    List<Child> kids = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> name = in.nextString();
        case 1 -> kids = readListOfChild(in);
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (name == null || kids == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Parent(name, kids);
  }

  @Override
  public void write(JsonOutput out, Parent value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Parent value) {
    String nameValue = value.name();
    if (nameValue != null) {
      out.name(NAME);
      out.value(nameValue);
    }
    List<Child> kidsValue = value.kids();
    if (kidsValue != null) {
      out.name(KIDS);
      writeListOfChild(out, kidsValue);
    }
  }

  private List<Child> readListOfChild(JsonInput in) {
    List<Child> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : ChildJsonCodec.INSTANCE.read(in));
    }
    in.endArray();
    return result;
  }

  private void writeListOfChild(JsonOutput out, List<Child> value) {
    out.beginArray();
    for (Child element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        ChildJsonCodec.INSTANCE.write(out, element);
      }
    }
    out.endArray();
  }
}
