package io.channels4j.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.channels4j.processor.model.ActionModel;
import io.channels4j.processor.model.ChannelModel;
import io.channels4j.processor.model.ClientModel;
import io.channels4j.processor.model.ClientModel.ClientAction;
import io.channels4j.processor.model.CodecModel;
import io.channels4j.processor.model.JsonType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Channel>Client}, a typed client of the channel over the runtime's {@code
 * ChannelClient}: one method per action, its payload written and its reply read by the generated
 * codecs, the server's own.
 *
 * <pre>{@code
 * public final class GroupChatClient {
 *   public static CompletionStage<GroupChatClient> connect(URI server, ClientOptions options) {
 *     return ChannelClient.connect(server, ChannelClient.path(PATH), true, options)
 *         .thenApply(GroupChatClient::new);
 *   }
 *   public CompletionStage<Void> message(ChatMessage msg) {           // void: once written
 *     return client.send("message", ChatMessageJsonCodec.INSTANCE::write, msg);
 *   }
 *   public CompletionStage<Count> count() {                          // a reply
 *     return client.request("count", CountJsonCodec.INSTANCE::read);
 *   }
 *   public static Notice asNotice(ClientMessage message) {            // a pushed message
 *     return message.decode(NoticeJsonCodec.INSTANCE::read);
 *   }
 * }
 * }</pre>
 */
public final class ClientWriter {
  private static final String CLIENT = "io.channels4j.client";
  private static final ClassName CHANNEL_CLIENT = ClassName.get(CLIENT, "ChannelClient");
  private static final ClassName CLIENT_OPTIONS = ClassName.get(CLIENT, "ClientOptions");
  private static final ClassName CLIENT_MESSAGE = ClassName.get(CLIENT, "ClientMessage");
  private static final ClassName HISTORY_QUERY = ClassName.get(CLIENT, "HistoryQuery");
  private static final ClassName MESSAGE_PAGE = ClassName.get(CLIENT, "MessagePage");
  private static final ClassName STAGE = ClassName.get("java.util.concurrent", "CompletionStage");
  private static final ClassName URI = ClassName.get("java.net", "URI");

  /** Writes clients. */
  public ClientWriter() {}

  /** The client {@code client}. */
  public JavaFile write(ClientModel client) {
    ChannelModel channel = client.channel();
    CodecExpressions expressions = new CodecExpressions();
    TypeSpec.Builder type =
        Generation.generatedClass(client.name(), channel.element(), Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "A typed client of {@link $T}, the channel at {@link #PATH}: a method per action,\n"
                    + "answered by the server's replies, over {@link $T}.\n",
                channel.type(),
                CHANNEL_CLIENT)
            .addField(
                FieldSpec.builder(
                        String.class, "PATH", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The channel's path; {@link #connect} fills its parameters.\n")
                    .initializer("$S", channel.path())
                    .build())
            .addField(CHANNEL_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(CHANNEL_CLIENT, "client")
                    .addStatement("this.client = client")
                    .build())
            .addMethod(connect(client));
    for (ClientAction action : client.actions()) {
      type.addMethod(action(channel.type(), action, expressions));
    }
    if (channel.history().isPresent()) {
      type.addMethod(
          MethodSpec.methodBuilder("history")
              .addJavadoc("Asks for a page of the room's history, the built-in action.\n")
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(STAGE, MESSAGE_PAGE))
              .addParameter(HISTORY_QUERY, "query")
              .addStatement("return client.history(query)")
              .build());
    }
    Set<String> helpers = new HashSet<>();
    for (CodecModel message : client.messages()) {
      type.addMethod(decoder(message, helpers));
    }
    type.addMethod(
        MethodSpec.methodBuilder("connection")
            .addJavadoc(
                "The connection under this client: {@code close()} it (it is {@code"
                    + " AutoCloseable}), ask\nwhether it {@code isOpen()}, read its {@code"
                    + " lastId()}. The client has no lifecycle\nmethods of its own, so that any"
                    + " action, {@code close} too, can have its name.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(CHANNEL_CLIENT)
            .addStatement("return client")
            .build());
    type.addMethods(expressions.methods());
    return Generation.file(client.name().packageName(), type.build());
  }

  /** {@code connect(server, lot, options)}: the path's parameters between the two. */
  private static MethodSpec connect(ClientModel client) {
    NameAllocator names = new NameAllocator();
    String server = names.newName("server");
    String options = names.newName("options");
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("connect")
            .addJavadoc(
                "Connects to the channel on {@code $N} ({@code ws://host:port}); completes once the"
                    + " socket\nis open.\n",
                server)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(STAGE, client.name()))
            .addParameter(URI, server);
    CodeBlock.Builder path = CodeBlock.builder().add("PATH");
    for (String param : client.pathParams()) {
      String name = names.newName(param);
      method.addParameter(String.class, name);
      path.add(", $N", name);
    }
    return method
        .addParameter(CLIENT_OPTIONS, options)
        .addStatement(
            "return $T.connect($N,$W$T.path($L),$W$L,$W$N)$W.thenApply($T::new)",
            CHANNEL_CLIENT,
            server,
            CHANNEL_CLIENT,
            path.build(),
            client.channel().history().isPresent(),
            options,
            client.name())
        .build();
  }

  /**
   * The method of one action: {@code request} for a reply, {@code acknowledged} for an {@code ack},
   * {@code send} for an action that answers nothing.
   */
  private static MethodSpec action(
      ClassName channel, ClientAction clientAction, CodecExpressions expressions) {
    ActionModel action = clientAction.action();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(action.method()).addModifiers(Modifier.PUBLIC);
    CodeBlock payload = CodeBlock.of("");
    if (action.payload().isPresent()) {
      JsonType type = action.payload().get();
      NameAllocator names = new NameAllocator();
      for (String used : List.of("client", "in", "out", "value")) {
        names.newName(used); // the field, and the parameters of the codec lambdas
      }
      String name = names.newName(clientAction.payloadName());
      method.addParameter(type.typeName(), name);
      payload = CodeBlock.of(",$W$L,$W$N", encoder(type, expressions), name);
    }
    if (action.reply().isPresent()) {
      JsonType reply = action.reply().get();
      method
          .addJavadoc("{@link $T#$N}: completes with its reply.\n", channel, action.method())
          .returns(ParameterizedTypeName.get(STAGE, reply.typeName().box()));
      if (reply instanceof JsonType.Container container
          && container.kind() == JsonType.Kind.OPTIONAL) {
        // A reply of JSON null completes with null: an empty optional, as Moshi writes it.
        method.addStatement(
            "return client.request($S$L,$W$L)$W.thenApply($T::ofNullable)",
            action.name(),
            payload,
            decoder(container.element(), expressions),
            Optional.class);
      } else {
        method.addStatement(
            "return client.request($S$L,$W$L)",
            action.name(),
            payload,
            decoder(reply, expressions));
      }
    } else {
      String call = action.ack() ? "acknowledged" : "send";
      method
          .addJavadoc(
              action.ack()
                  ? "{@link $T#$N}: completes when the server acknowledges it.\n"
                  : "{@link $T#$N}: completes once the frame is written; an error the server\n"
                      + "answers it with goes to the listener's {@code onError}.\n",
              channel,
              action.method())
          .returns(ParameterizedTypeName.get(STAGE, ClassName.get(Void.class)))
          .addStatement("return client.$N($S$L)", call, action.name(), payload);
    }
    return method.build();
  }

  /** {@code CountJsonCodec.INSTANCE::read}, or a lambda for a type without a codec of its own. */
  private static CodeBlock decoder(JsonType type, CodecExpressions expressions) {
    return CodecExpressions.codec(type)
        .map(codec -> CodeBlock.of("$L::read", codec))
        .orElseGet(() -> CodeBlock.of("in -> $L", expressions.read(type)));
  }

  /** {@code ChatMessageJsonCodec.INSTANCE::write}, or a lambda. */
  private static CodeBlock encoder(JsonType type, CodecExpressions expressions) {
    return CodecExpressions.codec(type)
        .map(codec -> CodeBlock.of("$L::write", codec))
        .orElseGet(
            () ->
                CodeBlock.of("(out, value) -> $L", expressions.write(type, CodeBlock.of("value"))));
  }

  /** {@code static Notice asNotice(ClientMessage message)}. */
  private static MethodSpec decoder(CodecModel message, Set<String> taken) {
    String name = "as" + message.type().simpleName();
    if (!taken.add(name)) {
      name = "as" + String.join("", message.type().simpleNames());
      taken.add(name);
    }
    TypeName type = message.type();
    return MethodSpec.methodBuilder(name)
        .addJavadoc(
            "A pushed message read as a {@link $T}.\n\n"
                + "@throws IllegalArgumentException if it is not one\n",
            type)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(CLIENT_MESSAGE, "message")
        .addStatement("return message.decode($T.INSTANCE::read)", message.codec())
        .build();
  }
}
