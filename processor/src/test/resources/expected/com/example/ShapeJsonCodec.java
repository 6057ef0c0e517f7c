package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Shape} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ShapeJsonCodec implements JsonCodec<Shape> {
  /**
   * The codec; it holds no state.
   */
  public static final ShapeJsonCodec INSTANCE = new ShapeJsonCodec();

  private static final JsonNames DISCRIMINATOR = JsonNames.of("type");

  private static final JsonNames LABELS = JsonNames.of("circle", "Square", "group");

  private static final byte[] DISCRIMINATOR_NAME = JsonOutput.encodeName("type");

  private ShapeJsonCodec() {
  }

  @Override
  public Shape read(JsonInput in) {
    return switch (in.peekLabel(DISCRIMINATOR, LABELS)) {
      case 0 -> CircleJsonCodec.INSTANCE.read(in);
      case 1 -> SquareJsonCodec.INSTANCE.read(in);
      default -> GroupJsonCodec.INSTANCE.read(in); // peekLabel returns no other
    };
  }

  @Override
  public void write(JsonOutput out, Shape value) {
    out.beginObject();
    out.name(DISCRIMINATOR_NAME);
    if (value instanceof Circle circle) {
      out.value("circle");
      CircleJsonCodec.INSTANCE.writeMembers(out, circle);
    } else if (value instanceof Square square) {
      out.value("Square");
      SquareJsonCodec.INSTANCE.writeMembers(out, square);
    } else if (value instanceof Group group) {
      out.value("group");
      GroupJsonCodec.INSTANCE.writeMembers(out, group);
    }
    out.endObject();
  }
}
