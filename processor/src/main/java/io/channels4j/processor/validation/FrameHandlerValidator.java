package io.channels4j.processor.validation;

import io.channels4j.processor.model.HandlerModel;
import io.channels4j.processor.model.LimitModel;
import io.channels4j.processor.model.PermissionModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * Validates the {@code @OnText} and {@code @OnBinary} methods of a channel, and that its kind of
 * text frames ({@code Frames.JSON} or {@code Frames.TEXT}) matches its handlers.
 */
final class FrameHandlerValidator {
  /** What a handler is called with, as its annotation says. */
  enum Kind {
    TEXT("@OnText", List.of("String text"), Set.of("java.lang.String")),
    BINARY(
        "@OnBinary",
        List.of("ByteBuffer data", "byte[] data"),
        Set.of(HandlerModel.BYTE_BUFFER, "byte[]"));

    final String annotation;
    final List<String> parameters;
    final Set<String> dataTypes;

    Kind(String annotation, List<String> parameters, Set<String> dataTypes) {
      this.annotation = annotation;
      this.parameters = parameters;
      this.dataTypes = dataTypes;
    }

    /** {@code 'void name(ChannelContext ctx, String text)'}, or its alternatives. */
    String signatures(String name) {
      return String.join(
          " or ",
          parameters.stream()
              .map(parameter -> "'void " + name + "(ChannelContext ctx, " + parameter + ")'")
              .toList());
    }
  }

  private final Reporter reporter;
  private final MethodValidator methods;
  private final GuardValidator guards;

  FrameHandlerValidator(Reporter reporter, MethodValidator methods, GuardValidator guards) {
    this.reporter = reporter;
    this.methods = methods;
    this.guards = guards;
  }

  /**
   * The handler {@code method} declares, or {@code previous} after reporting a second one, or empty
   * after reporting what is wrong with it.
   */
  Optional<HandlerModel> read(
      ExecutableElement method,
      AnnotationMirror mirror,
      Kind kind,
      Optional<HandlerModel> previous) {
    String name = method.getSimpleName().toString();
    if (previous.isPresent()) {
      methods.reportSecond(
          Tag.DUPLICATE_HANDLER, method, mirror, kind.annotation, previous.get().method());
      return previous;
    }
    String dataType =
        method.getParameters().size() == 2 ? method.getParameters().get(1).asType().toString() : "";
    if (method.getReturnType().getKind() != TypeKind.VOID
        || method.getParameters().size() != 2
        || !ParameterValidator.isChannelContext(method.getParameters().get(0).asType())
        || !kind.dataTypes.contains(dataType)
        || !MethodValidator.isPlainInstanceMethod(method)) {
      reporter.error(
          Tag.HANDLER_SIGNATURE,
          method,
          mirror,
          kind.annotation
              + " method "
              + name
              + " must be a non-static, non-generic "
              + kind.signatures(name)
              + ", but is '"
              + method.getReturnType()
              + " "
              + name
              + "("
              + MethodValidator.parameterTypes(method)
              + ")'.");
      return Optional.empty();
    }
    PermissionModel permission = guards.permission(method);
    List<LimitModel> limits = guards.limits(method, true);
    if (!methods.checkThrows(method, kind.annotation)) {
      return Optional.empty();
    }
    return Optional.of(new HandlerModel(name, dataType, permission, limits));
  }

  /**
   * Reports a channel whose text frames and handlers do not match.
   *
   * @param text whether the channel declares {@code frames = Frames.TEXT}
   * @param relayBinary whether it declares {@code relayBinary = true}
   * @param actionMethods its {@code @Action} methods, with their annotations
   * @param textHandlers its {@code @OnText} methods, with their annotations
   * @param binaryHandlers its {@code @OnBinary} methods, with their annotations
   */
  void checkChannel(
      TypeElement element,
      AnnotationMirror channel,
      boolean text,
      boolean relay,
      boolean relayBinary,
      List<Annotated> actionMethods,
      List<Annotated> textHandlers,
      List<Annotated> binaryHandlers) {
    if (text && relay) {
      reporter.error(
          Tag.FRAMES,
          element,
          channel,
          Mirrors.explicitValue(channel, "relay").orElse(null),
          "A relay channel re-broadcasts its text frames unchanged, so a Frames.TEXT channel's"
              + " @OnText method would never run; remove relay = true or frames = Frames.TEXT.");
    } else if (text && textHandlers.isEmpty()) {
      reporter.error(
          Tag.FRAMES,
          element,
          channel,
          Mirrors.explicitValue(channel, "frames").orElse(null),
          "A Frames.TEXT channel gives every text frame to its @OnText method, but "
              + element.getSimpleName()
              + " has none; add 'void onText(ChannelContext ctx, String text)' with @OnText.");
    }
    if (relayBinary && !relay) {
      reporter.error(
          Tag.FRAMES,
          element,
          channel,
          Mirrors.explicitValue(channel, "relayBinary").orElse(null),
          "relayBinary = true re-broadcasts the binary frames of a relay channel, but "
              + element.getSimpleName()
              + " is not one; add relay = true, or take binary frames with an @OnBinary method.");
    }
    for (Annotated action : text ? actionMethods : List.<Annotated>of()) {
      reporter.error(
          Tag.FRAMES,
          action.method(),
          action.mirror(),
          "A Frames.TEXT channel gives every text frame to its @OnText method, unparsed, so @Action"
              + " method "
              + action.method().getSimpleName()
              + " would never run; remove it, or frames = Frames.TEXT.");
    }
    for (Annotated handler : text ? List.<Annotated>of() : textHandlers) {
      reporter.error(
          Tag.FRAMES,
          handler.method(),
          handler.mirror(),
          "@OnText method "
              + handler.method().getSimpleName()
              + " would never run, because "
              + element.getSimpleName()
              + " does not declare frames = Frames.TEXT, so its text frames are not given to it;"
              + " declare @Channel(frames = Frames.TEXT), or remove @OnText.");
    }
    for (Annotated handler : relay ? binaryHandlers : List.<Annotated>of()) {
      reporter.error(
          Tag.RELAY_WITH_ACTIONS,
          handler.method(),
          handler.mirror(),
          "A relay channel re-broadcasts frames rather than handling them (binary ones too, with"
              + " relayBinary = true), so @OnBinary method "
              + handler.method().getSimpleName()
              + " would never run; remove relay = true or the method.");
    }
  }

  /** A method and the annotation that gives it its role. */
  record Annotated(ExecutableElement method, AnnotationMirror mirror) {}
}
