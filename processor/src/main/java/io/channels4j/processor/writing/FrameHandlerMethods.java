package io.channels4j.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.ChannelModel;
import io.channels4j.processor.model.HandlerModel;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the dispatcher's frame handlers: a guard field per {@code @OnText} or {@code @OnBinary}
 * method, and the override that checks it and calls the method.
 *
 * <pre>{@code
 * public void onText(ChannelContext ctx, String text) {
 *   lineGuard.check(ctx);
 *   channel.line(ctx, text);
 * }
 *
 * public void onBinary(ChannelContext ctx, byte[] data) {
 *   uploadGuard.check(ctx);
 *   channel.upload(ctx, ByteBuffer.wrap(data));
 * }
 * }</pre>
 */
final class FrameHandlerMethods {
  private final ChannelModel channel;
  private final TypeSpec.Builder type;
  private final MethodSpec.Builder constructor;
  private final NameAllocator names;
  private final List<String> constants;

  /**
   * Writes into {@code type} and its {@code constructor}, naming fields with {@code names}, which
   * holds the dispatcher's other names.
   */
  FrameHandlerMethods(
      ChannelModel channel,
      TypeSpec.Builder type,
      MethodSpec.Builder constructor,
      NameAllocator names) {
    this.channel = channel;
    this.type = type;
    this.constructor = constructor;
    this.names = names;
    this.constants = DescriptorWriter.constantNames(channel);
  }

  /** Adds the guard fields and their constructor statements; returns the handler methods. */
  List<MethodSpec> write() {
    List<MethodSpec> methods = new ArrayList<>();
    channel
        .textHandler()
        .ifPresent(
            handler ->
                methods.add(
                    handler(
                        handler,
                        DescriptorWriter.textHandlerConstant(channel, constants),
                        "onText",
                        ClassName.get(String.class),
                        "text",
                        CodeBlock.of("text"))));
    channel
        .binaryHandler()
        .ifPresent(
            handler ->
                methods.add(
                    handler(
                        handler,
                        DescriptorWriter.binaryHandlerConstant(constants),
                        "onBinary",
                        ArrayTypeName.of(TypeName.BYTE),
                        "data",
                        handler.dataType().equals(HandlerModel.BYTE_BUFFER)
                            ? CodeBlock.of("$T.wrap(data)", ByteBuffer.class)
                            : CodeBlock.of("data"))));
    return methods;
  }

  private MethodSpec handler(
      HandlerModel handler,
      String constant,
      String override,
      TypeName dataType,
      String data,
      CodeBlock argument) {
    String guard = names.newName(handler.method() + "Guard");
    type.addField(Names.GUARD, guard, Modifier.PRIVATE, Modifier.FINAL);
    ClassName descriptor = channel.generated("Descriptor");
    constructor.addStatement(
        "this.$N =$Wguards.action($T.CHANNEL,$W$T.$N,$W$L)",
        guard,
        descriptor,
        descriptor,
        constant,
        DispatcherWriter.rule(handler.permission()));
    return Generation.override(override)
        .addParameter(Names.CHANNEL_CONTEXT, "ctx")
        .addParameter(dataType, data)
        .addStatement("$N.check(ctx)", guard)
        .addStatement("channel.$N(ctx, $L)", handler.method(), argument)
        .build();
  }
}
