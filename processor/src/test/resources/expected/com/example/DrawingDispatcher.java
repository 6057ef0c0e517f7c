package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ActionNotExist;
import io.channels4j.runtime.internal.ActionCall;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guard;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.PermissionRule;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Routes the frames of one mounted {@link Drawing} to its methods, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class DrawingDispatcher extends ChannelDispatcher<Drawing> {
  private final JsonAdapter<Shape> shapeAdapter;

  private final JsonAdapter<Scene> sceneAdapter;

  private final Guard drawGuard;

  private final Guard sceneGuard;

  DrawingDispatcher(Drawing channel, Guards guards, Moshi moshi) {
    super(channel, guards.channel(DrawingDescriptor.CHANNEL, PermissionRule.serverDefault()));
    this.shapeAdapter = new ShapeJsonAdapter(moshi).nullSafe();
    this.sceneAdapter = new SceneJsonAdapter(moshi);
    this.drawGuard = guards.action(DrawingDescriptor.CHANNEL, DrawingDescriptor.DRAW,
        PermissionRule.serverDefault());
    this.sceneGuard = guards.action(DrawingDescriptor.CHANNEL, DrawingDescriptor.SCENE,
        PermissionRule.serverDefault());
  }

  @Override
  public Guard guard(String action) {
    return switch (action) {
      case "draw" -> drawGuard;
      case "scene" -> sceneGuard;
      default -> throw new ActionNotExist(action);
    };
  }

  @Override
  public Object read(String action, JsonReader frame) throws IOException {
    return switch (action) {
      case "draw" -> shapeAdapter.fromJson(frame);
      case "scene" -> sceneAdapter.fromJson(frame);
      default -> null;
    };
  }

  @Override
  public Object read(String action, JsonInput in) {
    return switch (action) {
      case "draw" -> ShapeJsonCodec.INSTANCE.read(in);
      case "scene" -> SceneJsonCodec.INSTANCE.read(in);
      default -> {
        in.skipFrame();
        yield null;
      }
    };
  }

  @Override
  public void invoke(String action, Object payload, ActionCall ctx) {
    switch (action) {
      case "draw" -> ctx.respond(shapeAdapter, ShapeJsonCodec.INSTANCE, channel.draw(ctx, (Shape) payload));
      case "scene" -> channel.scene(ctx, (Scene) payload);
      default -> throw new ActionNotExist(action);
    }
  }
}
