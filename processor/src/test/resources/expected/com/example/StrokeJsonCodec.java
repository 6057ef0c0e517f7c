package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Stroke} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class StrokeJsonCodec implements JsonCodec<Stroke> {
  /**
   * The codec; it holds no state.
   */
  public static final StrokeJsonCodec INSTANCE = new StrokeJsonCodec();

  private static final JsonNames DISCRIMINATOR = JsonNames.of("kind");

  private static final JsonNames LABELS = JsonNames.of("solid", "dashed");

  private static final byte[] DISCRIMINATOR_NAME = JsonOutput.encodeName("kind");

  private StrokeJsonCodec() {
  }

  @Override
  public Stroke read(JsonInput in) {
    return switch (in.peekLabel(DISCRIMINATOR, LABELS)) {
      case 0 -> SolidJsonCodec.INSTANCE.read(in);
      default -> DashedJsonCodec.INSTANCE.read(in); // peekLabel returns no other
    };
  }

  @Override
  public void write(JsonOutput out, Stroke value) {
    out.beginObject();
    out.name(DISCRIMINATOR_NAME);
    if (value instanceof Solid solid) {
      out.value("solid");
      SolidJsonCodec.INSTANCE.writeMembers(out, solid);
    } else if (value instanceof Dashed dashed) {
      out.value("dashed");
      DashedJsonCodec.INSTANCE.writeMembers(out, dashed);
    }
    out.endObject();
  }
}
