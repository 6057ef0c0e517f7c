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
import io.channels4j.processor.model.ChannelModel;
import io.channels4j.processor.model.CodecModel;
import io.channels4j.processor.model.HistoryModel;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.LimitModel;
import io.channels4j.processor.model.PermissionModel;
import io.channels4j.processor.model.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Channel>Descriptor}: one {@code ActionDescriptor} constant per action and the
 * {@code ChannelDescriptor CHANNEL} that lists them.
 *
 * <pre>{@code
 * public final class GroupChatDescriptor {
 *   public static final ActionDescriptor MESSAGE = new ActionDescriptor(
 *       "message", "message", "com.example.ChatMessage", List.of("user", "message"), "",
 *       PermissionDescriptor.UNDECLARED,
 *       List.of(new LimitRule(1, 3000L, Limit.Scope.CONNECTION, false)), false);
 *   public static final ChannelDescriptor CHANNEL = new ChannelDescriptor(
 *       "/group", "group_channel", 200, false, PermissionDescriptor.UNDECLARED, List.of(),
 *       List.of(MESSAGE), new HistoryPolicy(100, 0L));
 *   private GroupChatDescriptor() {}
 * }
 * }</pre>
 */
public final class DescriptorWriter {
  /** Writes descriptors. */
  public DescriptorWriter() {}

  /** The constant names of {@code channel}'s actions, in order, then {@code CHANNEL}'s. */
  public static List<String> constantNames(ChannelModel channel) {
    NameAllocator names = new NameAllocator();
    names.newName("CHANNEL");
    List<String> constants = new ArrayList<>();
    for (ActionModel action : channel.actions()) {
      constants.add(names.newName(constantName(action.name())));
    }
    return constants;
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
        TypeSpec.classBuilder(descriptor)
            .addJavadoc(
                "What {@link $T} declares: its path, room, permissions, limits and actions.\n",
                channel.type())
            .addAnnotation(Generation.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addOriginatingElement(channel.element());
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
              .initializer(
                  "new $T(\n$>$>$S,\n$S,\n$S,\n$L,\n$S,\n$L,\n$L,\n$L)$<$<",
                  Names.ACTION_DESCRIPTOR,
                  action.name(),
                  action.method(),
                  action.payload().map(DescriptorWriter::typeText).orElse(""),
                  payloadFields(channel, action.payload()),
                  action.reply().map(DescriptorWriter::typeText).orElse(""),
                  permission(action.permission()),
                  limits(action.limits()),
                  action.deprecated())
              .build());
    }
    CodeBlock.Builder actions = CodeBlock.builder();
    for (int i = 0; i < constants.size(); i++) {
      actions.add(i == 0 ? "$N" : ",$W$N", constants.get(i));
    }
    type.addField(
        FieldSpec.builder(
                Names.CHANNEL_DESCRIPTOR,
                "CHANNEL",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The channel.\n")
            .initializer(
                "new $T(\n$>$>$S,\n$S,\n$L,\n$L,\n$L,\n$L,\n$T.of($L),\n$L)$<$<",
                Names.CHANNEL_DESCRIPTOR,
                channel.path(),
                channel.room(),
                channel.maxConnections(),
                channel.relay(),
                permission(channel.permission()),
                limits(channel.limits()),
                List.class,
                actions.build(),
                history(channel.history()))
            .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    return Generation.file(descriptor.packageName(), type.build());
  }

  /** The Java type as users write it, with package names: {@code java.util.List<com.x.Foo>}. */
  static String typeText(JsonType type) {
    return type.typeName().toString();
  }

  private static CodeBlock payloadFields(ChannelModel channel, Optional<JsonType> payload) {
    List<String> fields = new ArrayList<>();
    if (payload.isPresent() && payload.get() instanceof JsonType.Generated generated) {
      for (CodecModel codec : channel.codecs()) {
        if (codec.type().equals(generated.typeName())
            && codec instanceof CodecModel.ObjectCodec object) {
          for (Property property : object.properties()) {
            fields.add(property.jsonName());
          }
        }
      }
    }
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < fields.size(); i++) {
      list.add(i == 0 ? "$S" : ",$W$S", fields.get(i));
    }
    return list.add(")").build();
  }

  private static CodeBlock history(Optional<HistoryModel> history) {
    return history
        .map(h -> CodeBlock.of("new $T($L, $LL)", Names.HISTORY_POLICY, h.size(), h.ttlMillis()))
        .orElse(CodeBlock.of("$T.NONE", Names.HISTORY_POLICY));
  }

  private static CodeBlock permission(PermissionModel permission) {
    if (!permission.declared()) {
      return CodeBlock.of("$T.UNDECLARED", Names.PERMISSION_DESCRIPTOR);
    }
    CodeBlock.Builder checks = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < permission.binaryNames().size(); i++) {
      checks.add(i == 0 ? "$S" : ",$W$S", permission.binaryNames().get(i));
    }
    checks.add(")");
    return CodeBlock.of(
        "new $T($L,$W$T.$N,$W$L,$Wtrue)",
        Names.PERMISSION_DESCRIPTOR,
        checks.build(),
        Names.PERMISSION_MODE,
        permission.mode(),
        permission.deny());
  }

  private static CodeBlock limits(List<LimitModel> limits) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < limits.size(); i++) {
      LimitModel limit = limits.get(i);
      list.add(
          i == 0 ? "new $T($L, $LL, $T.$N, $L)" : ",$Wnew $T($L, $LL, $T.$N, $L)",
          Names.LIMIT_RULE,
          limit.times(),
          limit.windowMillis(),
          Names.LIMIT_SCOPE,
          limit.scope(),
          limit.close());
    }
    return list.add(")").build();
  }
}
