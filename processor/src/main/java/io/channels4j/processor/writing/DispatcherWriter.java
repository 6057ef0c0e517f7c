package io.channels4j.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.ActionModel;
import io.channels4j.processor.model.ChannelModel;
import io.channels4j.processor.model.CodecGraph;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.PermissionModel;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Channel>Dispatcher}: a {@code switch} over the action names with, in each case,
 * the action's guard, the payload decode and a direct call of the interface method.
 *
 * <pre>{@code
 * final class GroupChatDispatcher extends ChannelDispatcher<GroupChat> {
 *   private final JsonAdapter<ChatMessage> chatMessageAdapter;
 *   private final Guard messageGuard;
 *
 *   GroupChatDispatcher(GroupChat channel, Guards guards, Moshi moshi) {
 *     super(channel, guards.channel(GroupChatDescriptor.CHANNEL, PermissionRule.allOf(new LoggedIn())));
 *     this.chatMessageAdapter = new ChatMessageJsonAdapter(moshi);
 *     this.messageGuard = guards.action(GroupChatDescriptor.CHANNEL, GroupChatDescriptor.MESSAGE,
 *         PermissionRule.serverDefault());
 *   }
 *
 *   public void dispatch(String action, JsonReader frame, ActionCall ctx) throws IOException {
 *     switch (action) {
 *       case "message" -> {
 *         messageGuard.check(ctx);
 *         ChatMessage payload = chatMessageAdapter.fromJson(frame);
 *         channel.message(ctx, payload);
 *       }
 *       case "count" -> { countGuard.check(ctx); ctx.respond(intAdapter, channel.count(ctx)); }
 *       case "legacy" -> throw new ActionIsDeprecated("legacy");
 *       default -> throw new ActionNotExist(action);
 *     }
 *   }
 *
 *   public void onJoin(ChannelContext ctx) { channel.joined(ctx); }
 * }
 * }</pre>
 *
 * Actions without a payload never touch {@code frame}. A relay channel's dispatcher knows no
 * action: the server re-broadcasts its frames without dispatching them.
 */
public final class DispatcherWriter {
  /** Writes dispatchers. */
  public DispatcherWriter() {}

  /** The dispatcher of {@code channel}. */
  public JavaFile write(ChannelModel channel) {
    AdapterExpressions expressions = new AdapterExpressions(new CodecGraph(channel.codecs()));
    ClassName dispatcher = channel.generated("Dispatcher");
    ClassName descriptor = channel.generated("Descriptor");
    List<String> constants = DescriptorWriter.constantNames(channel);
    NameAllocator names = new NameAllocator();
    for (String reserved : List.of("channel", "guards", "moshi", "action", "frame", "ctx")) {
      names.newName(reserved);
    }
    String payload = names.newName("payload");

    // One adapter field per distinct type; a reply adapter must accept a null return value.
    Map<JsonType, String> adapters = new LinkedHashMap<>();
    Map<JsonType, Boolean> replies = new LinkedHashMap<>();
    for (ActionModel action : channel.actions()) {
      if (action.deprecated()) {
        continue;
      }
      action.payload().ifPresent(type -> replies.putIfAbsent(type, false));
      action.reply().ifPresent(type -> replies.put(type, true));
    }
    for (JsonType type : replies.keySet()) {
      adapters.put(type, names.newName(AdapterExpressions.fieldName(type)));
    }
    Map<ActionModel, String> guards = new LinkedHashMap<>();
    for (ActionModel action : channel.actions()) {
      if (!action.deprecated()) {
        guards.put(action, names.newName(action.method() + "Guard"));
      }
    }

    TypeSpec.Builder type =
        Generation.generatedClass(dispatcher, channel.element(), Modifier.FINAL)
            .addJavadoc(
                "Routes the frames of one mounted {@link $T} to its methods, without reflection.\n",
                channel.type())
            .superclass(ParameterizedTypeName.get(Names.CHANNEL_DISPATCHER, channel.type()));

    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addParameter(channel.type(), "channel")
            .addParameter(Names.GUARDS, "guards")
            .addParameter(Names.MOSHI_CLASS, "moshi")
            .addStatement(
                "super(channel,$Wguards.channel($T.CHANNEL,$W$L))",
                descriptor,
                rule(channel.permission()));
    AdapterSkeleton.adapterFields(
        type,
        constructor,
        adapters,
        json -> expressions.adapter(json, "moshi", null, replies.get(json)));
    for (Map.Entry<ActionModel, String> guard : guards.entrySet()) {
      type.addField(Names.GUARD, guard.getValue(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement(
          "this.$N =$Wguards.action($T.CHANNEL,$W$T.$N,$W$L)",
          guard.getValue(),
          descriptor,
          descriptor,
          constants.get(channel.actions().indexOf(guard.getKey())),
          rule(guard.getKey().permission()));
    }
    type.addMethod(constructor.build());

    MethodSpec.Builder dispatch =
        Generation.override("dispatch")
            .addParameter(String.class, "action")
            .addParameter(Names.JSON_READER, "frame")
            .addParameter(Names.ACTION_CALL, "ctx")
            .addException(IOException.class);
    if (channel.actions().isEmpty()) {
      dispatch.addComment("A relay channel: the server re-broadcasts frames without dispatching.");
      dispatch.addStatement("throw new $T(action)", Names.ACTION_NOT_EXIST);
      type.addMethod(dispatch.build());
      addLifecycle(channel, type);
      return Generation.file(dispatcher.packageName(), type.build());
    }
    dispatch.beginControlFlow("switch (action)");
    for (ActionModel action : channel.actions()) {
      if (action.deprecated()) {
        dispatch.addStatement(
            "case $S -> throw new $T($S)",
            action.name(),
            Names.ACTION_IS_DEPRECATED,
            action.name());
        continue;
      }
      dispatch.addCode("case $S -> {\n$>", action.name());
      dispatch.addStatement("$N.check(ctx)", guards.get(action));
      CodeBlock call;
      if (action.payload().isPresent()) {
        JsonType payloadType = action.payload().get();
        dispatch.addStatement(
            "$T $N = $N.fromJson(frame)",
            payloadType.typeName(),
            payload,
            adapters.get(payloadType));
        call = CodeBlock.of("channel.$N(ctx, $N)", action.method(), payload);
      } else {
        call = CodeBlock.of("channel.$N(ctx)", action.method());
      }
      if (action.reply().isPresent()) {
        dispatch.addStatement("ctx.respond($N, $L)", adapters.get(action.reply().get()), call);
      } else {
        dispatch.addStatement(call);
      }
      dispatch.addCode("$<}\n");
    }
    dispatch.addStatement("default -> throw new $T(action)", Names.ACTION_NOT_EXIST);
    dispatch.endControlFlow();
    type.addMethod(dispatch.build());

    addLifecycle(channel, type);
    return Generation.file(dispatcher.packageName(), type.build());
  }

  private static void addLifecycle(ChannelModel channel, TypeSpec.Builder type) {
    channel.onJoin().ifPresent(method -> type.addMethod(lifecycle("onJoin", method)));
    channel.onLeave().ifPresent(method -> type.addMethod(lifecycle("onLeave", method)));
  }

  private static MethodSpec lifecycle(String name, String method) {
    return Generation.override(name)
        .addParameter(Names.CHANNEL_CONTEXT, "ctx")
        .addStatement("channel.$N(ctx)", method)
        .build();
  }

  /** {@code PermissionRule.allOf(new LoggedIn())}, {@code denyAll()} or {@code serverDefault()}. */
  private static CodeBlock rule(PermissionModel permission) {
    if (!permission.declared()) {
      return CodeBlock.of("$T.serverDefault()", Names.PERMISSION_RULE);
    }
    return DescriptorWriter.permission(
        Names.PERMISSION_RULE, permission, "new $T()", permission.checks());
  }
}
