package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.ChannelBinding;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.JsonCodec;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Binds {@link Drawing} to its generated dispatcher, descriptor and codecs; listed in
 * {@code META-INF/services} for the server to find.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class DrawingBinding extends ChannelBinding<Drawing> {
  /**
   * Called by {@code ServiceLoader}.
   */
  public DrawingBinding() {
    super(Drawing.class, DrawingDescriptor.CHANNEL);
  }

  @Override
  public int generatedCodeVersion() {
    return 5;
  }

  @Override
  public JsonAdapter.Factory jsonAdapterFactory() {
    return new DrawingJsonAdapterFactory();
  }

  @Override
  public Map<Class<?>, JsonCodec<?>> jsonCodecs() {
    return Map.ofEntries(Map.entry(Shape.class, ShapeJsonCodec.INSTANCE),
        Map.entry(Circle.class, CircleJsonCodec.INSTANCE),
        Map.entry(Square.class, SquareJsonCodec.INSTANCE),
        Map.entry(Group.class, GroupJsonCodec.INSTANCE),
        Map.entry(Scene.class, SceneJsonCodec.INSTANCE),
        Map.entry(Stroke.class, StrokeJsonCodec.INSTANCE),
        Map.entry(Solid.class, SolidJsonCodec.INSTANCE),
        Map.entry(Dashed.class, DashedJsonCodec.INSTANCE));
  }

  @Override
  public ChannelDispatcher<Drawing> newDispatcher(Drawing channel, Guards guards, Moshi moshi) {
    return new DrawingDispatcher(channel, guards, moshi);
  }
}
