package io.channels4j.processor.validation;

import io.channels4j.processor.Names;
import io.channels4j.processor.model.ActionModel;
import io.channels4j.processor.model.EnvelopeModel;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.LifecycleModel;
import io.channels4j.processor.model.LimitModel;
import io.channels4j.processor.model.PermissionModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Validates the methods of a channel interface: the shape of each {@code @Action} method, its
 * payload and reply types, and the {@code @OnJoin}/{@code @OnLeave} methods.
 */
final class MethodValidator {
  /** The members a frame has of its own, in the very object its payload is read from. */

  /** The types of a result that is not ready when the method returns. */
  private static final Set<String> ASYNCHRONOUS =
      Set.of("java.util.concurrent.Future", "java.util.concurrent.CompletionStage");

  private static final Set<String> UNCHECKED_OR_IO =
      Set.of("java.lang.RuntimeException", "java.lang.Error", "java.io.IOException");

  private final Types types;
  private final Reporter reporter;
  private final Mirrors mirrors;
  private final Codecs codecs;
  private final GuardValidator guards;
  private final ReservedNames reserved;
  private final ParameterValidator parameters;

  MethodValidator(
      Types types,
      Reporter reporter,
      Mirrors mirrors,
      Codecs codecs,
      GuardValidator guards,
      ReservedNames reserved,
      ParameterValidator parameters) {
    this.types = types;
    this.reporter = reporter;
    this.mirrors = mirrors;
    this.codecs = codecs;
    this.guards = guards;
    this.reserved = reserved;
    this.parameters = parameters;
  }

  /**
   * The action of {@code method}, or empty after reporting what is wrong with it, or while a type
   * it names does not exist yet.
   *
   * @param pathParams the parameters of the channel's path
   * @param envelope the shape of the channel's frames: a payload read from the frame itself cannot
   *     have a member named like the frame's own, and must be read from an object
   * @param roots receives the payload and reply types
   * @param unresolved receives the names of the types that do not exist in this round
   */
  Optional<ActionModel> readAction(
      ExecutableElement method,
      AnnotationMirror action,
      boolean channelAcks,
      Map<String, ExecutableElement> actionNames,
      Set<String> pathParams,
      EnvelopeModel envelope,
      List<JsonType> roots,
      Set<String> unresolved) {
    int errorsBefore = reporter.errorCount();
    String methodName = method.getSimpleName().toString();
    String name = mirrors.string(action, "value");
    if (name.isEmpty()) {
      name = methodName;
    }
    ExecutableElement previous = actionNames.putIfAbsent(name, method);
    if (previous != null) {
      reporter.error(
          Tag.DUPLICATE_ACTION,
          method,
          action,
          Mirrors.explicitValue(action, "value").orElse(null),
          "The action name '"
              + name
              + "' is already used by "
              + previous.getSimpleName()
              + "(); each action needs its own name, e.g. @Action(\""
              + name
              + "2\").");
    }
    if (method.getModifiers().contains(Modifier.STATIC)
        || method.getModifiers().contains(Modifier.PRIVATE)) {
      actionError(
          Tag.ACTION_SIGNATURE,
          method,
          action,
          "must be an abstract or default instance method, so the dispatcher can call it"
              + " on the mounted implementation; remove static/private.");
    }
    if (!method.getTypeParameters().isEmpty()) {
      actionError(
          Tag.GENERIC,
          method,
          action,
          "cannot have type parameters, because its payload and reply need concrete"
              + " codecs; remove <"
              + method.getTypeParameters()
              + ">.");
    }
    Optional<ParameterValidator.Parameters> read = parameters.read(method, "@Action", pathParams);
    Optional<VariableElement> parameter = read.flatMap(ParameterValidator.Parameters::payload);
    Optional<JsonType> payload = Optional.empty();
    boolean payloadClashes = false;
    if (parameter.isPresent()) {
      Resolution resolution =
          codecs.resolve(
              parameter.get().asType(), parameter.get(), "payload of " + methodName + "()");
      unresolved.addAll(resolution.unresolved());
      payload = resolution.type();
      payload.ifPresent(roots::add);
      payloadClashes =
          payload.isPresent()
              && !reserved.check(
                  Tag.JSON_NAME,
                  payload.get(),
                  envelope.frameMembers(),
                  parameter.get(),
                  "payload of " + methodName + "()",
                  member ->
                      "a payload is read from the frame object itself, whose '"
                          + member
                          + "' is the frame's own member, so this member would get the frame's"
                          + " value instead of one of its own");
      if (payload.isPresent() && envelope.payload().isEmpty() && !readsAnObject(payload.get())) {
        reporter.warning(
            Tag.PAYLOAD_SHAPE,
            parameter.get(),
            "A frame is a JSON object, so a payload of type "
                + payload.get().typeName()
                + " can never be read from it and every '"
                + name
                + "' frame will fail with a parse error; use a record or class whose fields are"
                + " the frame's other members.");
      }
    }
    checkThrows(method, "@Action");
    TypeMirror returned = method.getReturnType();
    ActionModel.Completion completion = ActionModel.Completion.RETURN;
    if (isStage(returned)) {
      completion =
          mirrors.bool(action, "overlap")
              ? ActionModel.Completion.STAGE_OVERLAPPING
              : ActionModel.Completion.STAGE;
      returned = stageValue(method, action, (DeclaredType) returned);
    } else if (isA(types.erasure(returned), ASYNCHRONOUS)) {
      actionError(
          Tag.ACTION_SIGNATURE,
          method,
          action,
          "returns "
              + returned
              + ", which tells the server nothing when it completes; return a"
              + " CompletionStage<R> (or CompletableFuture<R>) whose value R is the reply, or"
              + " CompletionStage<Void> for no reply.");
      returned = null;
    } else if (mirrors.bool(action, "overlap")) {
      actionError(
          Tag.ACTION_SIGNATURE,
          method,
          action,
          "has overlap = true, which has no effect, because it does not return a"
              + " CompletionStage: its frame is done when it returns. Remove overlap, or return a"
              + " CompletionStage.");
    }
    Optional<JsonType> reply = Optional.empty();
    boolean repliesValue =
        returned != null
            && returned.getKind() != TypeKind.VOID
            && !returned.toString().equals("java.lang.Void");
    boolean ack = mirrors.bool(action, "ack");
    if (ack && repliesValue) {
      actionError(
          Tag.ACTION_SIGNATURE,
          method,
          action,
          "has ack = true, but its reply already tells the client it is done; remove ack, or"
              + " make it return void.");
    }
    if (repliesValue) {
      Resolution resolution = codecs.resolve(returned, method, "reply of " + methodName + "()");
      unresolved.addAll(resolution.unresolved());
      reply = resolution.type();
      reply.ifPresent(roots::add);
    }
    PermissionModel permission = guards.permission(method);
    List<LimitModel> limits = guards.limits(method, true);
    // Without a new error: a type failed, or the payload's clash was reported, for another action.
    boolean typesMissing =
        (parameter.isPresent() && (payload.isEmpty() || payloadClashes))
            || (repliesValue && reply.isEmpty());
    if (reporter.errorCount() != errorsBefore || typesMissing) {
      return Optional.empty();
    }
    return Optional.of(
        new ActionModel(
            name,
            methodName,
            payload,
            reply,
            permission,
            limits,
            mirrors.bool(action, "deprecated"),
            completion,
            completion != ActionModel.Completion.RETURN
                || Mirrors.find(method, Names.NON_BLOCKING).isPresent(),
            !repliesValue && (ack || channelAcks),
            read.get().arguments()));
  }

  /** A valid {@code @OnJoin}/{@code @OnLeave} method, else {@code previous}. */
  Optional<LifecycleModel> lifecycle(
      ExecutableElement method,
      AnnotationMirror mirror,
      String annotation,
      Set<String> pathParams,
      Optional<LifecycleModel> previous) {
    String name = method.getSimpleName().toString();
    if (previous.isPresent()) {
      reportSecond(Tag.DUPLICATE_LIFECYCLE, method, mirror, annotation, previous.get().method());
      return previous;
    }
    if (method.getReturnType().getKind() != TypeKind.VOID || !isPlainInstanceMethod(method)) {
      reporter.error(
          Tag.LIFECYCLE_SIGNATURE,
          method,
          mirror,
          annotation
              + " method "
              + name
              + " must be a non-static, non-generic 'void "
              + name
              + "(ChannelContext ctx)', but is '"
              + method.getReturnType()
              + " "
              + name
              + "("
              + parameterTypes(method)
              + ")'.");
      return Optional.empty();
    }
    Optional<ParameterValidator.Parameters> read = parameters.read(method, annotation, pathParams);
    if (!checkThrows(method, annotation) || read.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LifecycleModel(name, read.get().arguments()));
  }

  /** Reports a second method of a role a channel has one of, {@code previous}'s. */
  void reportSecond(
      Tag tag,
      ExecutableElement method,
      AnnotationMirror mirror,
      String annotation,
      String previous) {
    reporter.error(
        tag,
        method,
        mirror,
        "A channel has at most one "
            + annotation
            + " method, but "
            + previous
            + "() is one already; merge the two into one method.");
  }

  /** Whether the dispatcher can call {@code method}: not static, private nor generic. */
  static boolean isPlainInstanceMethod(ExecutableElement method) {
    return method.getTypeParameters().isEmpty()
        && !method.getModifiers().contains(Modifier.STATIC)
        && !method.getModifiers().contains(Modifier.PRIVATE);
  }

  /** Reports on {@code action} that its method, named first in {@code problem}, is not usable. */
  private void actionError(
      Tag tag, ExecutableElement method, AnnotationMirror action, String problem) {
    reporter.error(tag, method, action, "@Action method " + method.getSimpleName() + " " + problem);
  }

  /** Whether {@code type} is {@code CompletionStage<...>} or {@code CompletableFuture<...>}. */
  private boolean isStage(TypeMirror type) {
    String erased = types.erasure(type).toString();
    return erased.equals("java.util.concurrent.CompletionStage")
        || erased.equals("java.util.concurrent.CompletableFuture");
  }

  /**
   * The type of the value {@code stage} completes with, or {@code null} after reporting a raw stage
   * or a wildcard, whose reply type the processor cannot know.
   */
  private TypeMirror stageValue(
      ExecutableElement method, AnnotationMirror action, DeclaredType stage) {
    List<? extends TypeMirror> arguments = stage.getTypeArguments();
    if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED) {
      actionError(
          Tag.ACTION_SIGNATURE,
          method,
          action,
          "returns "
              + stage
              + ", so the type of its reply is unknown; name it: CompletionStage<R> for a reply"
              + " of type R, or CompletionStage<Void> for none.");
      return null;
    }
    return arguments.get(0);
  }

  /** Checked exceptions other than IOException cannot pass through the generated code. */
  boolean checkThrows(ExecutableElement method, String annotation) {
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (!isUncheckedOrIo(thrown)) {
        reporter.error(
            Tag.ACTION_SIGNATURE,
            method,
            annotation
                + " method "
                + method.getSimpleName()
                + " declares the checked exception "
                + thrown
                + ", which the generated dispatcher cannot throw; throw a ChannelException or"
                + " another unchecked exception instead.");
        return false;
      }
    }
    return true;
  }

  private boolean isUncheckedOrIo(TypeMirror type) {
    return type.getKind() != TypeKind.DECLARED || isA(type, UNCHECKED_OR_IO);
  }

  /** Whether {@code type} is, extends or implements a type named in {@code names}. */
  private boolean isA(TypeMirror type, Set<String> names) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    if (names.contains(
        ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString())) {
      return true;
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (isA(supertype, names)) {
        return true;
      }
    }
    return false;
  }

  static String parameterTypes(ExecutableElement method) {
    List<String> types = new ArrayList<>();
    for (Element parameter : method.getParameters()) {
      types.add(parameter.asType().toString());
    }
    return String.join(", ", types);
  }

  /** Whether a frame, a JSON object, can be read as {@code type}. */
  private boolean readsAnObject(JsonType type) {
    if (!codecs.objectCodecs(type).isEmpty() || codecs.sealedCodec(type).isPresent()) {
      return true;
    }
    if (type instanceof JsonType.Container container) {
      return container.kind() == JsonType.Kind.MAP
          || (container.kind() == JsonType.Kind.OPTIONAL && readsAnObject(container.element()));
    }
    return false;
  }
}
