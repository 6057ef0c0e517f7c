package io.channels4j.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.ActionModel;
import io.channels4j.processor.model.ArgumentModel;
import io.channels4j.processor.model.ChannelModel;
import io.channels4j.processor.model.CodecModel;
import io.channels4j.processor.model.EnvelopeModel;
import io.channels4j.processor.model.HandlerModel;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.LifecycleModel;
import io.channels4j.processor.model.LimitModel;
import io.channels4j.processor.model.PermissionModel;
import io.channels4j.processor.model.Property;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Channel>Descriptor}: one {@code ActionDescriptor} constant per action and the
 * {@code ChannelDescriptor CHANNEL} that lists them.
 *
 * <pre>{@code
 * public final class GroupChatDescriptor {
 *   public static final ActionDescriptor MESSAGE = ActionDescriptor.builder("message")
 *       .payload("com.example.ChatMessage", List.of("user", "message"))
 *       .limits(LimitRule.of(1, Duration.ofSeconds(3), Limit.Scope.CONNECTION))
 *       .build();
 *   public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/group")
 *       .room("group_channel")
 *       .actions(MESSAGE)
 *       .history(HistoryPolicy.keepLast(100))
 *       .build();
 *   private GroupChatDescriptor() {}
 * }
 * }</pre>
 *
 * Only what the interface declares is written; the builders' defaults stand for the rest.
 */
public final class DescriptorWriter {
  /** Writes descriptors. */
  public DescriptorWriter() {}

  /**
   * The constant names of {@code channel}'s actions, in order, then of its text handler and of its
   * binary handler, those it has; none is {@code CHANNEL}.
   */
  public static List<String> constantNames(ChannelModel channel) {
    NameAllocator names = new NameAllocator();
    names.newName("CHANNEL");
    List<String> constants = new ArrayList<>();
    for (ActionModel action : channel.actions()) {
      constants.add(names.newName(constantName(action.name())));
    }
    channel.textHandler().ifPresent(handler -> constants.add(names.newName("ON_TEXT")));
    channel.binaryHandler().ifPresent(handler -> constants.add(names.newName("ON_BINARY")));
    return constants;
  }

  /** The constant of {@code channel}'s text handler, of {@link #constantNames}. */
  static String textHandlerConstant(ChannelModel channel, List<String> constants) {
    return constants.get(channel.actions().size());
  }

  /** The constant of {@code channel}'s binary handler, of {@link #constantNames}: the last. */
  static String binaryHandlerConstant(List<String> constants) {
    return constants.get(constants.size() - 1);
  }

  private static String constantName(String action) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < action.length(); i++) {
      char c = action.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(action.charAt(i - 1))) {
        name.append('_');
      }
      name.append(Character.isLetterOrDigit(c) ? c : '_');
    }
    return name.toString().toUpperCase(Locale.ROOT);
  }

  /** The descriptor of {@code channel}. */
  public JavaFile write(ChannelModel channel) {
    ClassName descriptor = channel.generated("Descriptor");
    TypeSpec.Builder type =
        Generation.generatedClass(descriptor, channel.element(), Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "What {@link $T} declares: its path, room, permissions, limits and actions.\n",
                channel.type());
    List<String> constants = constantNames(channel);
    for (int i = 0; i < channel.actions().size(); i++) {
      ActionModel action = channel.actions().get(i);
      type.addField(
          FieldSpec.builder(
                  Names.ACTION_DESCRIPTOR,
                  constants.get(i),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("The action {@code $L}.\n", action.name().replace("*/", "*&#47;"))
              .initializer(action(channel, action))
              .build());
    }
    channel
        .textHandler()
        .ifPresent(
            handler ->
                type.addField(
                    handlerField(
                        textHandlerConstant(channel, constants), "ON_TEXT", "@OnText", handler)));
    channel
        .binaryHandler()
        .ifPresent(
            handler ->
                type.addField(
                    handlerField(
                        binaryHandlerConstant(constants), "ON_BINARY", "@OnBinary", handler)));
    type.addField(
        FieldSpec.builder(
                Names.CHANNEL_DESCRIPTOR,
                "CHANNEL",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The channel.\n")
            .initializer(channel(channel, constants))
            .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    return Generation.file(descriptor.packageName(), type.build());
  }

  /** {@code ActionDescriptor.builder("message")}, then one call per declared property. */
  private static CodeBlock action(ChannelModel channel, ActionModel action) {
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.builder($S)$>$>", Names.ACTION_DESCRIPTOR, action.name());
    if (!action.method().equals(action.name())) {
      code.add("\n.method($S)", action.method());
    }
    action
        .payload()
        .ifPresent(
            payload -> {
              List<String> fields = payloadFields(channel, payload);
              if (fields.isEmpty()) {
                code.add("\n.payload($S)", typeText(payload));
              } else {
                code.add("\n.payload($S,$W$L)", typeText(payload), listOf(fields));
              }
            });
    action.reply().ifPresent(reply -> code.add("\n.reply($S)", typeText(reply)));
    if (action.permission().declared()) {
      code.add("\n.permission($L)", permission(action.permission()));
    }
    if (!action.limits().isEmpty()) {
      code.add("\n.limits($L)", limits(action.limits()));
    }
    if (action.deprecated()) {
      code.add("\n.deprecated()");
    }
    if (action.nonBlocking()) {
      code.add("\n.nonBlocking()");
    }
    return code.add("\n.build()$<$<").build();
  }

  /**
   * {@code ActionDescriptor.builder(ChannelDescriptor.ON_TEXT).method("line")}, then the handler's
   * data type and guards: a frame handler is described as an action no frame names.
   */
  private static FieldSpec handlerField(
      String constant, String name, String annotation, HandlerModel handler) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add(
                "$T.builder($T.$N)$>$>\n.method($S)\n.payload($S)",
                Names.ACTION_DESCRIPTOR,
                Names.CHANNEL_DESCRIPTOR,
                name,
                handler.method(),
                handler.dataType());
    if (handler.permission().declared()) {
      code.add("\n.permission($L)", permission(handler.permission()));
    }
    if (!handler.limits().isEmpty()) {
      code.add("\n.limits($L)", limits(handler.limits()));
    }
    return FieldSpec.builder(
            Names.ACTION_DESCRIPTOR, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The {@code $L} method.\n", annotation)
        .initializer(code.add("\n.build()$<$<").build())
        .build();
  }

  /** {@code ChannelDescriptor.builder("/group")}, then one call per declared property. */
  private static CodeBlock channel(ChannelModel channel, List<String> constants) {
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.builder($S)$>$>", Names.CHANNEL_DESCRIPTOR, channel.path());
    if (!channel.room().isEmpty()) {
      code.add("\n.room($S)", channel.room());
    }
    if (channel.maxConnections() > 0) {
      code.add("\n.maxConnections($L)", channel.maxConnections());
    }
    if (channel.relay()) {
      code.add("\n.relay()");
    }
    if (channel.relayBinary()) {
      code.add("\n.relayBinary()");
    }
    if (channel.permission().declared()) {
      code.add("\n.permission($L)", permission(channel.permission()));
    }
    if (!channel.limits().isEmpty()) {
      code.add("\n.limits($L)", limits(channel.limits()));
    }
    List<String> actions = constants.subList(0, channel.actions().size());
    if (!actions.isEmpty()) {
      code.add("\n.actions($L)", Generation.commaSeparated("$N", actions));
    }
    channel
        .history()
        .ifPresent(
            history -> {
              code.add("\n.history($T.keepLast($L)", Names.HISTORY_POLICY, history.size());
              if (history.ttlMillis() > 0) {
                code.add(".expiringAfter($L)", duration(history.ttlMillis()));
              }
              code.add(")");
            });
    if (channel.textHandler().isPresent()) {
      code.add("\n.textHandler($N)", textHandlerConstant(channel, constants));
    }
    if (channel.binaryHandler().isPresent()) {
      code.add("\n.binaryHandler($N)", binaryHandlerConstant(constants));
    }
    List<CodeBlock> provided = provided(channel);
    if (!provided.isEmpty()) {
      code.add("\n.provided($L)", CodeBlock.join(provided, ",$W"));
    }
    EnvelopeModel envelope = channel.envelope();
    if (!envelope.isDefault()) {
      code.add(
          "\n.envelope(new $T($S, $S, $S, $S))",
          Names.FRAME_ENVELOPE,
          envelope.action(),
          envelope.requestId(),
          envelope.payload(),
          envelope.response().map(response -> response.type().canonicalName()).orElse(""));
    }
    return code.add("\n.build()$<$<").build();
  }

  /** {@code ProvidedValue.of("tick", Clock.class)} per method and type it takes, in order. */
  private static List<CodeBlock> provided(ChannelModel channel) {
    Set<CodeBlock> provided = new LinkedHashSet<>();
    for (ActionModel action : channel.actions()) {
      provided.addAll(provided(action.method(), action.arguments()));
    }
    for (LifecycleModel event : ArgumentExpressions.events(channel)) {
      provided.addAll(provided(event.method(), event.arguments()));
    }
    return new ArrayList<>(provided);
  }

  private static List<CodeBlock> provided(String method, List<ArgumentModel> arguments) {
    List<CodeBlock> provided = new ArrayList<>();
    for (ArgumentModel argument : arguments) {
      if (argument instanceof ArgumentModel.Provided value) {
        provided.add(
            CodeBlock.of("$T.of($S, $T.class)", Names.PROVIDED_VALUE, method, value.type()));
      }
    }
    return provided;
  }

  /** The Java type as users write it, with package names: {@code java.util.List<com.x.Foo>}. */
  static String typeText(JsonType type) {
    return type.typeName().toString();
  }

  /** The JSON member names of {@code payload}, when it is an object with a generated codec. */
  private static List<String> payloadFields(ChannelModel channel, JsonType payload) {
    List<String> fields = new ArrayList<>();
    if (payload instanceof JsonType.Generated generated) {
      for (CodecModel codec : channel.codecs()) {
        if (codec.type().equals(generated.typeName())
            && codec instanceof CodecModel.ObjectCodec object) {
          for (Property property : object.properties()) {
            fields.add(property.jsonName());
          }
        }
      }
    }
    return fields;
  }

  private static CodeBlock listOf(List<String> strings) {
    return CodeBlock.of("$T.of($L)", List.class, Generation.commaSeparated("$S", strings));
  }

  /**
   * {@code PermissionDescriptor.allOf("com.example.LoggedIn")}, {@code anyOf} or {@code denyAll}.
   */
  private static CodeBlock permission(PermissionModel permission) {
    return permission(Names.PERMISSION_DESCRIPTOR, permission, "$S", permission.binaryNames());
  }

  /**
   * {@code factory.denyAll()}, or {@code factory.allOf(...)} or {@code anyOf(...)} of {@code
   * checks}, each written with {@code checkFormat}.
   */
  static CodeBlock permission(
      ClassName factory, PermissionModel permission, String checkFormat, List<?> checks) {
    if (permission.deny()) {
      return CodeBlock.of("$T.denyAll()", factory);
    }
    return CodeBlock.of(
        "$T.$N($L)",
        factory,
        permission.mode().equals("ANY_OF") ? "anyOf" : "allOf",
        Generation.commaSeparated(checkFormat, checks));
  }

  /** {@code LimitRule.of(5, Duration.ofMinutes(1), Limit.Scope.USER)}, one line each if several. */
  private static CodeBlock limits(List<LimitModel> limits) {
    CodeBlock.Builder list = CodeBlock.builder();
    boolean onePerLine = limits.size() > 1;
    if (onePerLine) {
      list.add("$>$>\n");
    }
    for (int i = 0; i < limits.size(); i++) {
      LimitModel limit = limits.get(i);
      list.add(i == 0 ? "" : ",\n");
      list.add(
          "$T.of($L,$W$L,$W$T.$N)",
          Names.LIMIT_RULE,
          limit.times(),
          duration(limit.windowMillis()),
          Names.LIMIT_SCOPE,
          limit.scope());
      if (limit.close()) {
        list.add(".closing()");
      }
    }
    if (onePerLine) {
      list.add("$<$<");
    }
    return list.build();
  }

  /** {@code Duration.ofHours(1)}: the largest unit that holds {@code millis} exactly. */
  private static CodeBlock duration(long millis) {
    String[] units = {"Hours", "Minutes", "Seconds"};
    long[] sizes = {3_600_000L, 60_000L, 1_000L};
    for (int i = 0; i < units.length; i++) {
      if (millis % sizes[i] == 0) {
        return CodeBlock.of("$T.of$L($L)", Duration.class, units[i], millis / sizes[i]);
      }
    }
    return CodeBlock.of("$T.ofMillis($L)", Duration.class, millis);
  }
}
