package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ActionIsDeprecated;
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
 * Routes the frames of one mounted {@link GroupChat} to its methods, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class GroupChatDispatcher extends ChannelDispatcher<GroupChat> {
  private final JsonAdapter<ChatMessage> chatMessageAdapter;

  private final JsonAdapter<Count> countAdapter;

  private final JsonAdapter<Integer> intAdapter;

  private final JsonAdapter<String> stringAdapter;

  private final Guard messageGuard;

  private final Guard countGuard;

  private final Guard totalGuard;

  private final Guard secretGuard;

  private final Guard eitherGuard;

  private final Guard neverGuard;

  GroupChatDispatcher(GroupChat channel, Guards guards, Moshi moshi) {
    super(channel, guards.channel(GroupChatDescriptor.CHANNEL,
        PermissionRule.allOf(new LoggedIn())));
    this.chatMessageAdapter = new ChatMessageJsonAdapter(moshi);
    this.countAdapter = new CountJsonAdapter(moshi).nullSafe();
    this.intAdapter = moshi.adapter(int.class);
    this.stringAdapter = moshi.adapter(String.class);
    this.messageGuard = guards.action(GroupChatDescriptor.CHANNEL, GroupChatDescriptor.MESSAGE,
        PermissionRule.serverDefault());
    this.countGuard = guards.action(GroupChatDescriptor.CHANNEL, GroupChatDescriptor.COUNT,
        PermissionRule.serverDefault());
    this.totalGuard = guards.action(GroupChatDescriptor.CHANNEL, GroupChatDescriptor.TOTAL,
        PermissionRule.serverDefault());
    this.secretGuard = guards.action(GroupChatDescriptor.CHANNEL, GroupChatDescriptor.SECRET,
        PermissionRule.allOf(new IsAdmin()));
    this.eitherGuard = guards.action(GroupChatDescriptor.CHANNEL, GroupChatDescriptor.EITHER,
        PermissionRule.anyOf(new IsAdmin(), new LoggedIn()));
    this.neverGuard = guards.action(GroupChatDescriptor.CHANNEL, GroupChatDescriptor.NEVER,
        PermissionRule.denyAll());
  }

  @Override
  public Guard guard(String action) {
    return switch (action) {
      case "message" -> messageGuard;
      case "count" -> countGuard;
      case "total" -> totalGuard;
      case "legacy" -> throw new ActionIsDeprecated("legacy");
      case "secret" -> secretGuard;
      case "either" -> eitherGuard;
      case "never" -> neverGuard;
      default -> throw new ActionNotExist(action);
    };
  }

  @Override
  public Object read(String action, JsonReader frame) throws IOException {
    return switch (action) {
      case "message", "either" -> chatMessageAdapter.fromJson(frame);
      default -> null;
    };
  }

  @Override
  public Object read(String action, JsonInput in) {
    return switch (action) {
      case "message", "either" -> ChatMessageJsonCodec.INSTANCE.read(in);
      default -> {
        in.skipFrame();
        yield null;
      }
    };
  }

  @Override
  public void invoke(String action, Object payload, ActionCall ctx) {
    switch (action) {
      case "message" -> channel.message(ctx, (ChatMessage) payload);
      case "count" -> ctx.respond(countAdapter, CountJsonCodec.INSTANCE, channel.count(ctx));
      case "total" -> ctx.respond(intAdapter, JsonScalars.INT, channel.total(ctx));
      case "secret" -> channel.secret(ctx);
      case "either" -> ctx.respond(stringAdapter, JsonScalars.STRING, channel.either(ctx, (ChatMessage) payload));
      case "never" -> channel.never(ctx);
      default -> throw new ActionNotExist(action);
    }
  }

  @Override
  public void onJoin(ChannelContext ctx) {
    channel.joined(ctx);
  }

  @Override
  public void onLeave(ChannelContext ctx) {
    channel.left(ctx);
  }
}
