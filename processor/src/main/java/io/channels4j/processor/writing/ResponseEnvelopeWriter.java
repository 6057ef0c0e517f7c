package io.channels4j.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.ChannelModel;
import io.channels4j.processor.model.EnvelopeModel.Component;
import io.channels4j.processor.model.EnvelopeModel.Response;
import io.channels4j.processor.model.EnvelopeModel.Role;
import java.io.IOException;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Channel>ResponseEnvelope}, the writer of the response and error frames of a
 * channel with {@code @Envelope(response = Reply.class)}: it makes a {@code Reply} of each answer
 * and writes its components in order, leaving out the null ones, with the reply's own codec or
 * adapter for {@code data}, on the byte-level path and through Moshi alike.
 *
 * <pre>{@code
 * public <T> void ok(JsonOutput out, String action, long requestId, JsonCodec<T> codec, T data) {
 *   Tickets.Reply<T> reply = new Tickets.Reply<>(action, requestId, "ok", data, null);
 *   out.beginObject();
 *   if (reply.action() != null) { out.name(ACTION); out.value(reply.action()); }
 *   ...
 * }
 * }</pre>
 */
public final class ResponseEnvelopeWriter {
  private static final TypeVariableName T = TypeVariableName.get("T");

  /** Writes response envelopes. */
  public ResponseEnvelopeWriter() {}

  /** The response envelope of {@code channel}, which has a response type. */
  public JavaFile write(ChannelModel channel) {
    Response response = channel.envelope().response().orElseThrow();
    ClassName name = channel.generated("ResponseEnvelope");
    TypeSpec.Builder type =
        Generation.generatedClass(name, channel.element(), Modifier.FINAL)
            .addJavadoc(
                "Writes the response and error frames of {@link $T} as {@link $T},\nwithout"
                    + " reflection.\n",
                channel.type(),
                response.type())
            .addSuperinterface(Names.RESPONSE_ENVELOPE)
            .addField(
                FieldSpec.builder(name, "INSTANCE", Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The writer; it holds no state.\n")
                    .initializer("new $T()", name)
                    .build());
    for (Component component : response.components()) {
      type.addField(
          FieldSpec.builder(
                  byte[].class,
                  constant(component),
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer("$T.encodeName($S)", Names.JSON_OUTPUT, component.jsonName())
              .build());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(okBytes(response))
        .addMethod(okMoshi(response))
        .addMethod(error(response))
        .addMethod(writeMoshi(response));
    return Generation.file(name.packageName(), type.build());
  }

  private static MethodSpec okBytes(Response response) {
    MethodSpec.Builder method =
        ok(Names.JSON_OUTPUT, Names.JSON_CODEC, "codec")
            .addStatement(
                "$T reply = new $L($L)",
                reply(response, T),
                constructed(response),
                arguments(response, false));
    if (!response.generic()) {
      method.addAnnotation(unchecked());
    }
    writeObject(
        method,
        response,
        (component, value) ->
            component.role() == Role.DATA
                ? CodeBlock.builder()
                    .addStatement("out.name($N)", constant(component))
                    .addStatement(
                        response.generic() ? "codec.write(out, $L)" : "codec.write(out, (T) $L)",
                        value)
                    .build()
                : CodeBlock.builder()
                    .addStatement("out.name($N)", constant(component))
                    .addStatement("out.value($L)", value)
                    .build());
    return method.build();
  }

  private static MethodSpec okMoshi(Response response) {
    MethodSpec.Builder method =
        ok(Names.JSON_WRITER, Names.JSON_ADAPTER, "adapter").addException(IOException.class);
    if (response.generic()) {
      method.addStatement(
          "write(out, new $L($L), adapter)", constructed(response), arguments(response, false));
    } else {
      method
          .addAnnotation(unchecked())
          .addStatement(
              "write(out, new $L($L), ($T) adapter)",
              constructed(response),
              arguments(response, false),
              objectAdapter());
    }
    return method.build();
  }

  /** {@code <T> void ok(out, action, requestId, writer, data)}, for a codec or an adapter. */
  private static MethodSpec.Builder ok(ClassName out, ClassName writer, String writerName) {
    return Generation.override("ok")
        .addTypeVariable(T)
        .addParameter(out, "out")
        .addParameter(String.class, "action")
        .addParameter(long.class, "requestId")
        .addParameter(ParameterizedTypeName.get(writer, T), writerName)
        .addParameter(T, "data");
  }

  private static MethodSpec error(Response response) {
    return Generation.override("error")
        .addParameter(Names.JSON_WRITER, "out")
        .addParameter(String.class, "action")
        .addParameter(long.class, "requestId")
        .addParameter(Names.CHANNEL_EXCEPTION, "error")
        .addParameter(Locale.class, "locale")
        .addParameter(
            ParameterizedTypeName.get(
                ClassName.get(Function.class), ClassName.OBJECT, objectAdapter()),
            "adapters")
        .addException(IOException.class)
        .addStatement("$T data = error.data()", Object.class)
        .addStatement(
            "write(out, new $L($L),$Wdata == null ? null : adapters.apply(data))",
            constructed(response),
            arguments(response, true))
        .build();
  }

  /** The Moshi writing of a reply, shared by the ok and error frames. */
  private static MethodSpec writeMoshi(Response response) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("write")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(Names.JSON_WRITER, "out")
            .addException(IOException.class);
    if (response.generic()) {
      method
          .addTypeVariable(T)
          .addParameter(reply(response, T), "reply")
          .addParameter(ParameterizedTypeName.get(Names.JSON_ADAPTER, T), "adapter");
    } else {
      method.addParameter(response.type(), "reply").addParameter(objectAdapter(), "adapter");
    }
    writeObject(
        method,
        response,
        (component, value) ->
            component.role() == Role.DATA
                ? CodeBlock.builder()
                    .addStatement("out.name($S)", component.jsonName())
                    .addStatement("adapter.toJson(out, $L)", value)
                    .build()
                : CodeBlock.builder()
                    .addStatement("out.name($S).value($L)", component.jsonName(), value)
                    .build());
    return method.build();
  }

  /**
   * Writes the object of {@code reply}'s components to {@code out}, each member as {@code write}
   * gives it for the component and its value; a null one is left out.
   */
  private static void writeObject(
      MethodSpec.Builder method,
      Response response,
      BiFunction<Component, CodeBlock, CodeBlock> write) {
    method.addStatement("out.beginObject()");
    for (Component component : response.components()) {
      CodeBlock value = CodeBlock.of("reply.$N()", component.accessor());
      if (component.primitive()) {
        method.addCode(write.apply(component, value));
      } else {
        method
            .beginControlFlow("if ($L != null)", value)
            .addCode(write.apply(component, value))
            .endControlFlow();
      }
    }
    method.addStatement("out.endObject()");
  }

  /** The constructor's arguments in component order, for an ok frame or an error frame. */
  private static CodeBlock arguments(Response response, boolean error) {
    return response.components().stream()
        .map(
            component ->
                switch (component.role()) {
                  case ACTION -> CodeBlock.of("action");
                  case REQUEST_ID -> CodeBlock.of("requestId");
                  case STATUS -> CodeBlock.of("$S", error ? "bad" : "ok");
                  case DATA -> CodeBlock.of("data");
                  case ERRORS -> CodeBlock.of(error ? "error.errors(locale)" : "null");
                  case REASON -> CodeBlock.of(error ? "error.reason()" : "null");
                })
        .collect(CodeBlock.joining(",$W"));
  }

  /** {@code Reply<T>}, or {@code Reply} for a record whose data is an {@code Object}. */
  private static TypeName reply(Response response, TypeName data) {
    return response.generic() ? ParameterizedTypeName.get(response.type(), data) : response.type();
  }

  /** What {@code new} is given: {@code Reply<>} or {@code Reply}. */
  private static CodeBlock constructed(Response response) {
    return response.generic()
        ? CodeBlock.of("$T<>", response.type())
        : CodeBlock.of("$T", response.type());
  }

  private static TypeName objectAdapter() {
    return ParameterizedTypeName.get(Names.JSON_ADAPTER, ClassName.OBJECT);
  }

  private static AnnotationSpec unchecked() {
    return AnnotationSpec.builder(SuppressWarnings.class)
        .addMember("value", "$S", "unchecked")
        .build();
  }

  /** {@code REQUEST_ID} for the component {@code requestId}. */
  private static String constant(Component component) {
    return component.accessor().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
