package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Scene} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class SceneJsonCodec implements JsonCodec<Scene> {
  /**
   * The codec; it holds no state.
   */
  public static final SceneJsonCodec INSTANCE = new SceneJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("name", "main", "strokes", "extra");

  private static final byte[] NAME = JsonOutput.encodeName("name");

  private static final byte[] MAIN = JsonOutput.encodeName("main");

  private static final byte[] STROKES = JsonOutput.encodeName("strokes");

  private static final byte[] EXTRA = JsonOutput.encodeName("extra");

  private SceneJsonCodec() {
  }

  @Override
  public Scene read(JsonInput in) {
    String name = null;
    Shape main = null;
    List<Stroke> strokes = null;
    Shape extra = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> name = in.nextString();
        case 1 -> main = ShapeJsonCodec.INSTANCE.read(in);
        case 2 -> strokes = readListOfStroke(in);
        case 3 -> extra = in.nextNull() ? null : ShapeJsonCodec.INSTANCE.read(in);
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (name == null || main == null || strokes == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Scene(name, main, strokes, extra);
  }

  @Override
  public void write(JsonOutput out, Scene value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Scene value) {
    String nameValue = value.name();
    if (nameValue != null) {
      out.name(NAME);
      out.value(nameValue);
    }
    Shape mainValue = value.main();
    if (mainValue != null) {
      out.name(MAIN);
      ShapeJsonCodec.INSTANCE.write(out, mainValue);
    }
    List<Stroke> strokesValue = value.strokes();
    if (strokesValue != null) {
      out.name(STROKES);
      writeListOfStroke(out, strokesValue);
    }
    Shape extraValue = value.extra();
    if (extraValue != null) {
      out.name(EXTRA);
      ShapeJsonCodec.INSTANCE.write(out, extraValue);
    }
  }

  private List<Stroke> readListOfStroke(JsonInput in) {
    List<Stroke> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : StrokeJsonCodec.INSTANCE.read(in));
    }
    in.endArray();
    return result;
  }

  private void writeListOfStroke(JsonOutput out, List<Stroke> value) {
    out.beginArray();
    for (Stroke element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        StrokeJsonCodec.INSTANCE.write(out, element);
      }
    }
    out.endArray();
  }
}
