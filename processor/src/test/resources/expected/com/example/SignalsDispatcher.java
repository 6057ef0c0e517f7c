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
import io.channels4j.runtime.internal.JsonScalars;
import io.channels4j.runtime.internal.PermissionRule;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Routes the frames of one mounted {@link Signals} to its methods, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class SignalsDispatcher extends ChannelDispatcher<Signals> {
  private final JsonAdapter<Signals.Level> signalsLevelAdapter;

  private final JsonAdapter<Integer> intAdapter;

  private final Guard levelGuard;

  SignalsDispatcher(Signals channel, Guards guards, Moshi moshi) {
    super(channel, guards.channel(SignalsDescriptor.CHANNEL, PermissionRule.serverDefault()));
    this.signalsLevelAdapter = new Signals_LevelJsonAdapter(moshi);
    this.intAdapter = moshi.adapter(int.class);
    this.levelGuard = guards.action(SignalsDescriptor.CHANNEL, SignalsDescriptor.LEVEL,
        PermissionRule.serverDefault());
  }

  @Override
  public Guard guard(String action) {
    return switch (action) {
      case "level" -> levelGuard;
      default -> throw new ActionNotExist(action);
    };
  }

  @Override
  public Object read(String action, JsonReader frame) throws IOException {
    return switch (action) {
      case "level" -> signalsLevelAdapter.fromJson(frame);
      default -> null;
    };
  }

  @Override
  public Object read(String action, JsonInput in) {
    return switch (action) {
      case "level" -> Signals_LevelJsonCodec.INSTANCE.read(in);
      default -> {
        in.skipFrame();
        yield null;
      }
    };
  }

  @Override
  public void invoke(String action, Object payload, ActionCall ctx) {
    switch (action) {
      case "level" -> ctx.respond(intAdapter, JsonScalars.INT, channel.level((Signals.Level) payload));
      default -> throw new ActionNotExist(action);
    }
  }
}
