package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ActionNotExist;
import io.channels4j.runtime.internal.ActionCall;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guard;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.JsonAdapters;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.PermissionRule;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Routes the frames of one mounted {@link Rooms.Chat} to its methods, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class Rooms_ChatDispatcher extends ChannelDispatcher<Rooms.Chat> {
  private final JsonAdapter<Rooms.Line> roomsLineAdapter;

  private final JsonAdapter<Rooms.Line[]> roomsLineArrayAdapter;

  private final Guard sayGuard;

  private final Guard historyGuard;

  Rooms_ChatDispatcher(Rooms.Chat channel, Guards guards, Moshi moshi) {
    super(channel, guards.channel(Rooms_ChatDescriptor.CHANNEL, PermissionRule.serverDefault()));
    this.roomsLineAdapter = new Rooms_LineJsonAdapter(moshi);
    this.roomsLineArrayAdapter = JsonAdapters.array(new Rooms_LineJsonAdapter(moshi).nullSafe(),
        Rooms.Line[]::new);
    this.sayGuard = guards.action(Rooms_ChatDescriptor.CHANNEL, Rooms_ChatDescriptor.SAY,
        PermissionRule.serverDefault());
    this.historyGuard = guards.action(Rooms_ChatDescriptor.CHANNEL, Rooms_ChatDescriptor.HISTORY,
        PermissionRule.serverDefault());
  }

  @Override
  public Guard guard(String action) {
    return switch (action) {
      case "say" -> sayGuard;
      case "history" -> historyGuard;
      default -> throw new ActionNotExist(action);
    };
  }

  @Override
  public Object read(String action, JsonReader frame) throws IOException {
    return switch (action) {
      case "say" -> roomsLineAdapter.fromJson(frame);
      default -> null;
    };
  }

  @Override
  public Object read(String action, JsonInput in) {
    return switch (action) {
      case "say" -> Rooms_LineJsonCodec.INSTANCE.read(in);
      default -> {
        in.skipFrame();
        yield null;
      }
    };
  }

  @Override
  public void invoke(String action, Object payload, ActionCall ctx) {
    switch (action) {
      case "say" -> channel.say(ctx, (Rooms.Line) payload);
      case "history" -> ctx.respond(roomsLineArrayAdapter, channel.history(ctx));
      default -> throw new ActionNotExist(action);
    }
  }
}
