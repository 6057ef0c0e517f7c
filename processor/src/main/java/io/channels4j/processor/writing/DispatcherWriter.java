package io.channels4j.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
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
import io.channels4j.processor.model.LifecycleModel;
import io.channels4j.processor.model.PermissionModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Channel>Dispatcher}: {@code switch}es over the action names that give the server
 * an action's guard, its payload (through the Moshi adapter, or through the byte-level codec on the
 * fast path) and a direct call of the interface method.
 *
 * <pre>{@code
 * final class GroupChatDispatcher extends ChannelDispatcher<GroupChat> {
 *   public Guard guard(String action) {
 *     return switch (action) {
 *       case "message" -> messageGuard;
 *       case "legacy" -> throw new ActionIsDeprecated("legacy");
 *       default -> throw new ActionNotExist(action);
 *     };
 *   }
 *
 *   public Object read(String action, JsonReader frame) throws IOException {
 *     return switch (action) {
 *       case "message", "either" -> chatMessageAdapter.fromJson(frame);
 *       default -> null;
 *     };
 *   }
 *
 *   public Object read(String action, JsonInput in) {
 *     return switch (action) {
 *       case "message", "either" -> ChatMessageJsonCodec.INSTANCE.read(in);
 *       default -> { in.skipFrame(); yield null; }
 *     };
 *   }
 *
 *   public void invoke(String action, Object payload, ActionCall ctx) {
 *     switch (action) {
 *       case "message" -> channel.message(ctx, (ChatMessage) payload);
 *       case "signup" -> channel.signup(ctx, Violations.valid((Signup) payload, SignupValidator::validate));
 *       case "count" -> ctx.respond(countAdapter, CountJsonCodec.INSTANCE, channel.count(ctx));
 *       default -> throw new ActionNotExist(action);
 *     }
 *   }
 * }
 * }</pre>
 *
 * The base class runs {@code guard}, then {@code read} with Moshi, then {@code invoke}, in that
 * order, on the Moshi path; the fast path reads first and runs the guard after, and falls back to
 * the Moshi path on any frame it does not read, so both answer every frame alike. A relay channel's
 * dispatcher knows no action: the server re-broadcasts its frames without dispatching them. Nor
 * does a text channel's, whose frames go to {@code onText} ({@link FrameHandlerMethods}).
 */
public final class DispatcherWriter {
  /** Writes dispatchers. */
  public DispatcherWriter() {}

  /** The dispatcher of {@code channel}. */
  public JavaFile write(ChannelModel channel) {
    CodecGraph codecs = new CodecGraph(channel.codecs());
    AdapterExpressions expressions = new AdapterExpressions(codecs);
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
    List<MethodSpec> frameHandlers =
        new FrameHandlerMethods(channel, type, constructor, names).write();
    type.addMethod(constructor.build());

    type.addMethod(guard(channel, guards));
    type.addMethod(readFromMoshi(channel, adapters));
    type.addMethods(readFromBytes(channel));
    type.addMethod(invoke(channel, adapters, guards, payload, codecs));
    type.addMethods(frameHandlers);
    addLifecycle(channel, type);
    return Generation.file(dispatcher.packageName(), type.build());
  }

  /** {@code guard(action)}: the action's guard, or the error of a deprecated or unknown one. */
  private static MethodSpec guard(ChannelModel channel, Map<ActionModel, String> guards) {
    MethodSpec.Builder method =
        Generation.override("guard").returns(Names.GUARD).addParameter(String.class, "action");
    if (channel.actions().isEmpty()) {
      method.addComment(
          channel.textHandler().isPresent()
              ? "A text channel: the server gives frames to onText, never to an action."
              : "A relay channel: the server re-broadcasts frames without dispatching.");
      return method.addStatement("throw new $T(action)", Names.ACTION_NOT_EXIST).build();
    }
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (action) {\n$>");
    for (ActionModel action : channel.actions()) {
      if (action.deprecated()) {
        cases.add(
            "case $S -> throw new $T($S);\n",
            action.name(),
            Names.ACTION_IS_DEPRECATED,
            action.name());
      } else {
        cases.add("case $S -> $N;\n", action.name(), guards.get(action));
      }
    }
    cases.add("default -> throw new $T(action);\n$<};\n", Names.ACTION_NOT_EXIST);
    return method.addCode(cases.build()).build();
  }

  /** {@code read(action, JsonReader)}: the payload through its Moshi adapter. */
  private static MethodSpec readFromMoshi(ChannelModel channel, Map<JsonType, String> adapters) {
    MethodSpec.Builder method =
        Generation.override("read")
            .returns(Object.class)
            .addParameter(String.class, "action")
            .addParameter(Names.JSON_READER, "frame")
            .addException(IOException.class);
    Map<JsonType, List<String>> payloads = byPayload(channel);
    if (payloads.isEmpty()) {
      return method.addStatement("return null").build();
    }
    method.addCode("return switch (action) {\n$>");
    payloads.forEach(
        (type, actions) ->
            method.addCode(
                "case $L -> $N.fromJson(frame);\n",
                Generation.commaSeparated("$S", actions),
                adapters.get(type)));
    return method.addCode("default -> null;\n$<};\n").build();
  }

  /**
   * {@code read(action, JsonInput)}: the payload through its generated byte-level codec; a
   * container payload's reader becomes a method of the dispatcher. Without a payload, or for an
   * action the channel lacks, the frame is still read whole, so only a valid frame gets that far.
   */
  private static List<MethodSpec> readFromBytes(ChannelModel channel) {
    CodecExpressions expressions = new CodecExpressions();
    MethodSpec.Builder method =
        Generation.override("read")
            .returns(Object.class)
            .addParameter(String.class, "action")
            .addParameter(Names.JSON_INPUT, "in");
    Map<JsonType, List<String>> payloads = byPayload(channel);
    if (payloads.isEmpty()) {
      method.addStatement("in.skipFrame()").addStatement("return null");
    } else {
      method.addCode("return switch (action) {\n$>");
      payloads.forEach(
          (type, actions) ->
              method.addCode(
                  "case $L -> $L;\n",
                  Generation.commaSeparated("$S", actions),
                  expressions.read(type)));
      method.addCode("default -> {\n$>");
      method.addStatement("in.skipFrame()").addStatement("yield null");
      method.addCode("$<}\n$<};\n");
    }
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(method.build());
    methods.addAll(expressions.methods());
    return methods;
  }

  /** {@code invoke(action, payload, ctx)}: a direct call of the interface method. */
  private static MethodSpec invoke(
      ChannelModel channel,
      Map<JsonType, String> adapters,
      Map<ActionModel, String> guards,
      String payload,
      CodecGraph codecs) {
    MethodSpec.Builder method =
        Generation.override("invoke")
            .addParameter(String.class, "action")
            .addParameter(Object.class, payload)
            .addParameter(Names.ACTION_CALL, "ctx");
    if (guards.keySet().stream()
        .anyMatch(action -> action.payload().map(DispatcherWriter::isGeneric).orElse(false))) {
      method.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "unchecked")
              .build());
    }
    method.beginControlFlow("switch (action)");
    for (ActionModel action : guards.keySet()) {
      CodeBlock cast =
          action.payload().isPresent() ? argument(action.payload().get(), payload, codecs) : null;
      CodeBlock call =
          CodeBlock.of(
              "channel.$N($L)",
              action.method(),
              ArgumentExpressions.arguments(action.arguments(), cast));
      if (action.ack() && action.completion() == ActionModel.Completion.RETURN) {
        method.beginControlFlow("case $S ->", action.name());
        method.addStatement("$L", call);
        method.addStatement("ctx.acknowledge()");
        method.endControlFlow();
      } else {
        method.addStatement("case $S -> $L", action.name(), respond(action, adapters, call));
      }
    }
    method.addStatement("default -> throw new $T(action)", Names.ACTION_NOT_EXIST);
    method.endControlFlow();
    return method.build();
  }

  /**
   * What sends the reply of {@code action}, whose method {@code call} calls: {@code
   * ctx.respond(...)} with its value, {@code ctx.respondLater(...)} with its stage, {@code
   * ctx.completeLater(...)} (or {@code acknowledgeLater}) for a stage of no value; the call alone
   * for a {@code void} method.
   */
  private static CodeBlock respond(
      ActionModel action, Map<JsonType, String> adapters, CodeBlock call) {
    boolean stage = action.completion() != ActionModel.Completion.RETURN;
    CodeBlock turn =
        CodeBlock.of(
            "$T.$N",
            Names.ACTION_CALL,
            action.completion() == ActionModel.Completion.STAGE_OVERLAPPING
                ? "OVERLAP"
                : "IN_TURN");
    if (action.reply().isEmpty()) {
      return stage
          ? CodeBlock.of(
              "ctx.$N($L, $L)", action.ack() ? "acknowledgeLater" : "completeLater", call, turn)
          : call;
    }
    JsonType reply = action.reply().get();
    CodeBlock codecs =
        CodecExpressions.codec(reply)
            .map(codec -> CodeBlock.of("$N, $L", adapters.get(reply), codec))
            .orElse(CodeBlock.of("$N", adapters.get(reply)));
    return stage
        ? CodeBlock.of("ctx.respondLater($L, $L, $L)", call, codecs, turn)
        : CodeBlock.of("ctx.respond($L, $L)", codecs, call);
  }

  /**
   * The payload as the method takes it: cast, and checked by its validator first if its type has
   * constraints.
   */
  private static CodeBlock argument(JsonType type, String payload, CodecGraph codecs) {
    if (type instanceof JsonType.Generated generated && codecs.validated(generated.typeName())) {
      return ValidatorWriter.valid(generated.typeName(), CodeBlock.of("$N", payload));
    }
    return CodeBlock.of("($T) $N", type.typeName().box(), payload);
  }

  /** Whether a cast to {@code type} is unchecked. */
  private static boolean isGeneric(JsonType type) {
    return type.typeName() instanceof ParameterizedTypeName;
  }

  /** The actions that take each payload type, in source order; deprecated ones have none. */
  private static Map<JsonType, List<String>> byPayload(ChannelModel channel) {
    Map<JsonType, List<String>> actions = new LinkedHashMap<>();
    for (ActionModel action : channel.actions()) {
      if (!action.deprecated() && action.payload().isPresent()) {
        actions
            .computeIfAbsent(action.payload().get(), type -> new ArrayList<>())
            .add(action.name());
      }
    }
    return actions;
  }

  private static void addLifecycle(ChannelModel channel, TypeSpec.Builder type) {
    type.addMethods(ArgumentExpressions.admit(channel));
    channel.onJoin().ifPresent(method -> type.addMethod(lifecycle("onJoin", method)));
    channel.onLeave().ifPresent(method -> type.addMethod(lifecycle("onLeave", method)));
  }

  private static MethodSpec lifecycle(String name, LifecycleModel method) {
    return Generation.override(name)
        .addParameter(Names.CHANNEL_CONTEXT, "ctx")
        .addStatement(
            "channel.$N($L)",
            method.method(),
            ArgumentExpressions.arguments(method.arguments(), null))
        .build();
  }

  /** {@code PermissionRule.allOf(new LoggedIn())}, {@code denyAll()} or {@code serverDefault()}. */
  static CodeBlock rule(PermissionModel permission) {
    if (!permission.declared()) {
      return CodeBlock.of("$T.serverDefault()", Names.PERMISSION_RULE);
    }
    return DescriptorWriter.permission(
        Names.PERMISSION_RULE, permission, "new $T()", permission.checks());
  }
}
