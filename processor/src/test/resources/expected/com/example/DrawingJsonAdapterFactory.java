package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Returns the generated codecs of the types {@link Drawing} reads and writes, so any
 * {@code Moshi} can use them.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class DrawingJsonAdapterFactory implements JsonAdapter.Factory {
  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == Shape.class) {
      return new ShapeJsonAdapter(moshi).nullSafe();
    }
    if (type == Circle.class) {
      return new CircleJsonAdapter(moshi).nullSafe();
    }
    if (type == Square.class) {
      return new SquareJsonAdapter(moshi).nullSafe();
    }
    if (type == Group.class) {
      return new GroupJsonAdapter(moshi).nullSafe();
    }
    if (type == Scene.class) {
      return new SceneJsonAdapter(moshi).nullSafe();
    }
    if (type == Stroke.class) {
      return new StrokeJsonAdapter(moshi).nullSafe();
    }
    if (type == Solid.class) {
      return new SolidJsonAdapter(moshi).nullSafe();
    }
    if (type == Dashed.class) {
      return new DashedJsonAdapter(moshi).nullSafe();
    }
    return null;
  }

  @Override
  public String toString() {
    return "DrawingJsonAdapterFactory";
  }
}
