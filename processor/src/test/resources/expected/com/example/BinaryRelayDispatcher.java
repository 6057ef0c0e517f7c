package com.example;

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
 * Routes the frames of one mounted {@link BinaryRelay} to its methods, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class BinaryRelayDispatcher extends ChannelDispatcher<BinaryRelay> {
  BinaryRelayDispatcher(BinaryRelay channel, Guards guards, Moshi moshi) {
    super(channel, guards.channel(BinaryRelayDescriptor.CHANNEL, PermissionRule.serverDefault()));
  }

  @Override
  public Guard guard(String action) {
    // A relay channel: the server re-broadcasts frames without dispatching.
    throw new ActionNotExist(action);
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
      default -> throw new ActionNotExist(action);
    }
  }
}
