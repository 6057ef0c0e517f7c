package io.channels4j.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.ChannelModel;
import io.channels4j.processor.model.CodecModel;
import java.lang.annotation.Annotation;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Channel>JsonAdapterFactory}, which hands the generated codecs of a channel's
 * payload, reply and message types to any {@code Moshi}:
 *
 * <pre>{@code
 * public final class GroupChatJsonAdapterFactory implements JsonAdapter.Factory {
 *   public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
 *     if (!annotations.isEmpty()) return null;
 *     if (type == ChatMessage.class) return new ChatMessageJsonAdapter(moshi).nullSafe();
 *     return null;
 *   }
 * }
 * }</pre>
 *
 * The types are compared by identity; {@code Type} is only Moshi's name for a type here.
 */
public final class FactoryWriter {
  /** Writes adapter factories. */
  public FactoryWriter() {}

  private static final ClassName TYPE = ClassName.get("java.lang.reflect", "Type");

  /** The adapter factory of {@code channel}. */
  public JavaFile write(ChannelModel channel) {
    ClassName factory = channel.generated("JsonAdapterFactory");
    MethodSpec.Builder create =
        Generation.override("create")
            .returns(
                ParameterizedTypeName.get(
                    Names.JSON_ADAPTER, WildcardTypeName.subtypeOf(Object.class)))
            .addParameter(TYPE, "type")
            .addParameter(
                ParameterizedTypeName.get(
                    ClassName.get(Set.class), WildcardTypeName.subtypeOf(Annotation.class)),
                "annotations")
            .addParameter(Names.MOSHI_CLASS, "moshi");
    create.beginControlFlow("if (!annotations.isEmpty())");
    create.addStatement("return null");
    create.endControlFlow();
    for (CodecModel codec : channel.codecs()) {
      create.beginControlFlow("if (type == $T.class)", codec.type());
      create.addStatement("return new $T(moshi).nullSafe()", codec.adapter());
      create.endControlFlow();
    }
    create.addStatement("return null");
    TypeSpec type =
        Generation.generatedClass(factory, channel.element(), Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Returns the generated codecs of the types {@link $T} reads and writes, so any\n"
                    + "{@code Moshi} can use them.\n",
                channel.type())
            .addSuperinterface(Names.JSON_ADAPTER_FACTORY)
            .addMethod(create.build())
            .addMethod(
                Generation.override("toString")
                    .returns(String.class)
                    .addStatement("return $S", factory.simpleName())
                    .build())
            .build();
    return Generation.file(factory.packageName(), type);
  }
}
