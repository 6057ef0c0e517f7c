package io.channels4j.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.ActionModel;
import io.channels4j.processor.model.ArgumentModel;
import io.channels4j.processor.model.ChannelModel;
import io.channels4j.processor.model.LifecycleModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments a dispatcher passes a handler method, one expression per parameter in the
 * parameter's place, and the connect-time check of what they need of a connection:
 *
 * <pre>{@code
 * channel.bid((Bid) payload, HandlerParams.path(ctx, "lot", "a long", Long::valueOf), ctx);
 *
 * public void admit(ChannelContext ctx) {
 *   if (!(ctx.principal() instanceof User)) {
 *     throw HandlerParams.wrongPrincipal(ctx, "bid() takes a @Principal com.example.User");
 *   }
 * }
 * }</pre>
 */
final class ArgumentExpressions {
  private ArgumentExpressions() {}

  /**
   * {@code a, b, c}: the arguments of a call; {@code payload} is the payload's expression. Only
   * calls of three or more wrap: {@code (ctx, payload)} stays on one line, as it was written before
   * parameters came in any order and kind.
   */
  static CodeBlock arguments(List<ArgumentModel> arguments, CodeBlock payload) {
    return arguments.stream()
        .map(argument -> argument(argument, payload))
        .collect(CodeBlock.joining(arguments.size() > 2 ? ",$W" : ", "));
  }

  private static CodeBlock argument(ArgumentModel argument, CodeBlock payload) {
    if (argument instanceof ArgumentModel.Context) {
      return CodeBlock.of("ctx");
    } else if (argument instanceof ArgumentModel.Payload) {
      return payload;
    } else if (argument instanceof ArgumentModel.RequestId) {
      return CodeBlock.of("ctx.requestId()");
    } else if (argument instanceof ArgumentModel.PathParam path) {
      return path(path);
    } else if (argument instanceof ArgumentModel.Principal principal) {
      return CodeBlock.of("($T) ctx.principal()", principal.type());
    } else if (argument instanceof ArgumentModel.Attribute attribute) {
      return CodeBlock.of(
          "$T.attribute(ctx, $S, $T.class)",
          Names.HANDLER_PARAMS,
          attribute.name(),
          attribute.type());
    }
    return CodeBlock.of("provided($T.class)", ((ArgumentModel.Provided) argument).type());
  }

  /** {@code ctx.pathParam("lot")}, or its value converted by its parser. */
  private static CodeBlock path(ArgumentModel.PathParam path) {
    CodeBlock parser =
        switch (path.kind()) {
          case STRING -> null;
          case INT -> CodeBlock.of("$T::valueOf", Integer.class);
          case LONG -> CodeBlock.of("$T::valueOf", Long.class);
          case DOUBLE -> CodeBlock.of("$T::parseDouble", Names.HANDLER_PARAMS);
          case BOOLEAN -> CodeBlock.of("$T::parseBoolean", Names.HANDLER_PARAMS);
          case UUID -> CodeBlock.of("$T::parseUuid", Names.HANDLER_PARAMS);
          case ENUM -> CodeBlock.of("$T::valueOf", path.enumType());
        };
    if (parser == null) {
      return CodeBlock.of("ctx.pathParam($S)", path.name());
    }
    return CodeBlock.of(
        "$T.path(ctx, $S, $S, $L)", Names.HANDLER_PARAMS, path.name(), path.expected(), parser);
  }

  /**
   * {@code admit(ctx)}, when the channel's parameters need a check at connect: the principal's type
   * for every {@code @Principal} type (named with the first method that takes it), and the
   * conversion of every path parameter of its join and leave events.
   */
  static List<MethodSpec> admit(ChannelModel channel) {
    Map<ClassName, String> principals = new LinkedHashMap<>();
    Set<ArgumentModel.PathParam> eventPaths = new LinkedHashSet<>();
    for (ActionModel action : channel.actions()) {
      collect(action.method(), action.arguments(), principals, null);
    }
    for (LifecycleModel event : events(channel)) {
      collect(event.method(), event.arguments(), principals, eventPaths);
    }
    if (principals.isEmpty() && eventPaths.isEmpty()) {
      return List.of();
    }
    MethodSpec.Builder method =
        Generation.override("admit").addParameter(Names.CHANNEL_CONTEXT, "ctx");
    principals.forEach(
        (type, firstMethod) ->
            method
                .beginControlFlow("if (!(ctx.principal() instanceof $T))", type)
                .addStatement(
                    "throw $T.wrongPrincipal(ctx, $S)",
                    Names.HANDLER_PARAMS,
                    firstMethod + "() takes a @Principal " + type.canonicalName())
                .endControlFlow());
    for (ArgumentModel.PathParam path : eventPaths) {
      method.addStatement("$L", path(path));
    }
    return List.of(method.build());
  }

  /** The channel's {@code @OnJoin} and {@code @OnLeave} methods. */
  static List<LifecycleModel> events(ChannelModel channel) {
    List<LifecycleModel> events = new ArrayList<>();
    channel.onJoin().ifPresent(events::add);
    channel.onLeave().ifPresent(events::add);
    return events;
  }

  private static void collect(
      String method,
      List<ArgumentModel> arguments,
      Map<ClassName, String> principals,
      Set<ArgumentModel.PathParam> paths) {
    for (ArgumentModel argument : arguments) {
      if (argument instanceof ArgumentModel.Principal principal) {
        principals.putIfAbsent(principal.type(), method);
      } else if (paths != null
          && argument instanceof ArgumentModel.PathParam path
          && path.kind() != ArgumentModel.PathKind.STRING) {
        paths.add(path);
      }
    }
  }
}
