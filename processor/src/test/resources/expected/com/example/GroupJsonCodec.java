package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Group} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class GroupJsonCodec implements JsonCodec<Group> {
  /**
   * The codec; it holds no state.
   */
  public static final GroupJsonCodec INSTANCE = new GroupJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("shapes");

  private static final byte[] SHAPES = JsonOutput.encodeName("shapes");

  private GroupJsonCodec() {
  }

  @Override
  public Group read(JsonInput in) {
    List<Shape> shapes = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> shapes = readListOfShape(in);
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (shapes == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Group(shapes);
  }

  @Override
  public void write(JsonOutput out, Group value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Group value) {
    List<Shape> shapesValue = value.shapes();
    if (shapesValue != null) {
      out.name(SHAPES);
      writeListOfShape(out, shapesValue);
    }
  }

  private List<Shape> readListOfShape(JsonInput in) {
    List<Shape> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : ShapeJsonCodec.INSTANCE.read(in));
    }
    in.endArray();
    return result;
  }

  private void writeListOfShape(JsonOutput out, List<Shape> value) {
    out.beginArray();
    for (Shape element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        ShapeJsonCodec.INSTANCE.write(out, element);
      }
    }
    out.endArray();
  }
}
