package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ActionNotExist;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.internal.ActionCall;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guard;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonScalars;
import io.channels4j.runtime.internal.PermissionRule;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Routes the frames of one mounted {@link Uploads} to its methods, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class UploadsDispatcher extends ChannelDispatcher<Uploads> {
  private final JsonAdapter<Long> longAdapter;

  private final Guard sizeGuard;

  private final Guard uploadGuard;

  UploadsDispatcher(Uploads channel, Guards guards, Moshi moshi) {
    super(channel, guards.channel(UploadsDescriptor.CHANNEL, PermissionRule.serverDefault()));
    this.longAdapter = moshi.adapter(long.class);
    this.sizeGuard = guards.action(UploadsDescriptor.CHANNEL, UploadsDescriptor.SIZE,
        PermissionRule.serverDefault());
    this.uploadGuard = guards.action(UploadsDescriptor.CHANNEL, UploadsDescriptor.ON_BINARY,
        PermissionRule.allOf(new IsAdmin()));
  }

  @Override
  public Guard guard(String action) {
    return switch (action) {
      case "size" -> sizeGuard;
      default -> throw new ActionNotExist(action);
    };
  }

  @Override
  public Object read(String action, JsonReader frame) throws IOException {
    return null;
  }

  @Override
  public Object read(String action, JsonInput in) {
    in.skipFrame();
    return null;
  }

  @Override
  public void invoke(String action, Object payload, ActionCall ctx) {
    switch (action) {
      case "size" -> ctx.respond(longAdapter, JsonScalars.LONG, channel.size(ctx));
      default -> throw new ActionNotExist(action);
    }
  }

  @Override
  public void onBinary(ChannelContext ctx, byte[] data) {
    uploadGuard.check(ctx);
    channel.upload(ctx, data);
  }
}
