package io.channels4j.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.ChannelModel;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Channel>Binding}, the class the server finds with {@code ServiceLoader}:
 *
 * <pre>{@code
 * public final class GroupChatBinding extends ChannelBinding<GroupChat> {
 *   public GroupChatBinding() { super(GroupChat.class, GroupChatDescriptor.CHANNEL); }
 *   public int generatedCodeVersion() { return 2; }
 *   public JsonAdapter.Factory jsonAdapterFactory() { return new GroupChatJsonAdapterFactory(); }
 *   public Map<Class<?>, JsonCodec<?>> jsonCodecs() {
 *     return Map.ofEntries(Map.entry(ChatMessage.class, ChatMessageJsonCodec.INSTANCE), ...);
 *   }
 *   public ChannelDispatcher<GroupChat> newDispatcher(GroupChat channel, Guards guards, Moshi moshi) {
 *     return new GroupChatDispatcher(channel, guards, moshi);
 *   }
 * }
 * }</pre>
 */
public final class BindingWriter {
  /** Writes bindings. */
  public BindingWriter() {}

  /** The binding of {@code channel}. */
  public JavaFile write(ChannelModel channel) {
    ClassName binding = channel.generated("Binding");
    TypeSpec type =
        Generation.generatedClass(binding, channel.element(), Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Binds {@link $T} to its generated dispatcher, descriptor and codecs; listed in\n"
                    + "{@code META-INF/services} for the server to find.\n",
                channel.type())
            .superclass(ParameterizedTypeName.get(Names.CHANNEL_BINDING, channel.type()))
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("Called by {@code ServiceLoader}.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .addStatement(
                        "super($T.class, $T.CHANNEL)",
                        channel.type(),
                        channel.generated("Descriptor"))
                    .build())
            .addMethod(
                Generation.override("generatedCodeVersion")
                    .returns(int.class)
                    .addStatement("return $L", Generation.CODE_VERSION)
                    .build())
            .addMethod(
                Generation.override("jsonAdapterFactory")
                    .returns(Names.JSON_ADAPTER_FACTORY)
                    .addStatement("return new $T()", channel.generated("JsonAdapterFactory"))
                    .build())
            .addMethod(jsonCodecs(channel))
            .addMethods(responseEnvelope(channel))
            .addMethod(
                Generation.override("newDispatcher")
                    .returns(ParameterizedTypeName.get(Names.CHANNEL_DISPATCHER, channel.type()))
                    .addParameter(channel.type(), "channel")
                    .addParameter(Names.GUARDS, "guards")
                    .addParameter(Names.MOSHI_CLASS, "moshi")
                    .addStatement(
                        "return new $T(channel, guards, moshi)", channel.generated("Dispatcher"))
                    .build())
            .build();
    return Generation.file(binding.packageName(), type);
  }

  /** {@code responseEnvelope()}, for a channel with a response type. */
  private static List<MethodSpec> responseEnvelope(ChannelModel channel) {
    if (channel.envelope().response().isEmpty()) {
      return List.of();
    }
    return List.of(
        Generation.override("responseEnvelope")
            .returns(Names.RESPONSE_ENVELOPE)
            .addStatement("return $T.INSTANCE", channel.generated("ResponseEnvelope"))
            .build());
  }

  /** {@code Map.ofEntries(Map.entry(ChatMessage.class, ChatMessageJsonCodec.INSTANCE), ...)}. */
  private static MethodSpec jsonCodecs(ChannelModel channel) {
    TypeName map =
        ParameterizedTypeName.get(
            ClassName.get(Map.class),
            ParameterizedTypeName.get(
                ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)),
            ParameterizedTypeName.get(Names.JSON_CODEC, WildcardTypeName.subtypeOf(Object.class)));
    CodeBlock entries =
        channel.codecs().stream()
            .map(
                codec ->
                    CodeBlock.of(
                        "$T.entry($T.class, $T.INSTANCE)", Map.class, codec.type(), codec.codec()))
            .collect(CodeBlock.joining(",$W"));
    return Generation.override("jsonCodecs")
        .returns(map)
        .addStatement("return $T.ofEntries($L)", Map.class, entries)
        .build();
  }
}
