package io.channels4j.processor.validation;

import com.palantir.javapoet.ClassName;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.ActionModel;
import io.channels4j.processor.model.ChannelModel;
import io.channels4j.processor.model.CodecModel;
import io.channels4j.processor.model.EnvelopeModel;
import io.channels4j.processor.model.HandlerModel;
import io.channels4j.processor.model.HistoryModel;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.LifecycleModel;
import io.channels4j.processor.model.LimitModel;
import io.channels4j.processor.model.PermissionModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Validates one {@code @Channel} interface and reads it into a {@link ChannelModel}, reporting
 * every error it finds before giving up.
 */
public final class ChannelValidator {
  /** What a misplaced {@code @Limit} is told, alone or repeated. */
  private static final String LIMIT_ON_NON_ACTION =
      "@Limit on %s has no effect, because it is not an @Action method; put it on an @Action"
          + " method or on the @Channel interface.";

  /** The outcome of validating one channel. */
  public sealed interface Result {}

  /** A valid channel. */
  public record Valid(ChannelModel model) implements Result {}

  /** Errors were reported; nothing is generated. */
  public record Invalid() implements Result {}

  /**
   * A type is not resolvable yet; try again next round.
   *
   * @param unresolved the names of the types not found, such as {@code LaterRecord}
   */
  public record Deferred(Set<String> unresolved) implements Result {}

  private final Types types;
  private final Reporter reporter;
  private final Mirrors mirrors;
  private final Codecs codecs;
  private final GuardValidator guards;
  private final TemplateValidator templates;
  private final ParameterValidator parameters;
  private final MethodValidator methods;
  private final HistoryValidator histories;
  private final FrameHandlerValidator frameHandlers;
  private final EnvelopeValidator envelopes;

  /**
   * Validates with {@code env}'s utilities, reporting to {@code reporter}; types go to {@code
   * codecs}.
   */
  public ChannelValidator(ProcessingEnvironment env, Reporter reporter, Codecs codecs) {
    this.types = env.getTypeUtils();
    this.reporter = reporter;
    this.mirrors = new Mirrors(env.getElementUtils());
    this.codecs = codecs;
    this.guards = new GuardValidator(env.getElementUtils(), types, reporter, mirrors);
    this.templates = new TemplateValidator(reporter);
    ReservedNames reserved = new ReservedNames(reporter, codecs);
    this.parameters = new ParameterValidator(types, env.getElementUtils(), reporter, mirrors);
    this.methods =
        new MethodValidator(types, reporter, mirrors, codecs, guards, reserved, parameters);
    this.histories = new HistoryValidator(reporter, mirrors, reserved);
    this.frameHandlers = new FrameHandlerValidator(reporter, methods, guards);
    this.envelopes = new EnvelopeValidator(env.getElementUtils(), reporter, mirrors);
  }

  /**
   * Registers the codec classes {@code element}'s {@code @Channel(codecs)} names, before any
   * channel of the round is validated: they serve their types in every channel.
   */
  public void registerCodecs(TypeElement element) {
    AnnotationMirror channel = Mirrors.find(element, Names.CHANNEL).orElseThrow();
    codecs.registerCodecs(
        mirrors.list(channel, "codecs").stream()
            .map(value -> (TypeMirror) value.getValue())
            .toList(),
        element);
  }

  /** Validates {@code element}, which carries {@code @Channel}. */
  public Result validate(TypeElement element) {
    int errorsBefore = reporter.errorCount();
    AnnotationMirror channel = Mirrors.find(element, Names.CHANNEL).orElseThrow();
    if (element.getKind() != ElementKind.INTERFACE) {
      reporter.error(
          Tag.NOT_INTERFACE,
          element,
          channel,
          "@Channel goes on an interface, but "
              + element.getSimpleName()
              + " is a "
              + element.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + "; declare the actions in an interface and implement it.");
      return new Invalid();
    }
    if (!Codecs.reachableFromPackage(element)) {
      reporter.error(
          Tag.VISIBILITY,
          element,
          channel,
          element.getSimpleName()
              + " is private, so the generated dispatcher cannot implement it; make it"
              + " package-private or public.");
    }
    if (!element.getTypeParameters().isEmpty()) {
      reporter.error(
          Tag.GENERIC,
          element,
          channel,
          "A channel interface cannot have type parameters, because the generated codecs need"
              + " concrete types; remove <"
              + element.getTypeParameters()
              + ">.");
    }
    String path = mirrors.string(channel, "path");
    Set<String> params = templates.pathParams(element, channel, path);
    String room = mirrors.string(channel, "room");
    templates.checkRoom(element, channel, room, params);
    boolean relay = mirrors.bool(channel, "relay");
    boolean text = mirrors.enumName(channel, "frames").equals("TEXT");
    boolean relayBinary = mirrors.bool(channel, "relayBinary");
    PermissionModel permission = guards.permission(element);
    List<LimitModel> limits = guards.limits(element, false);
    Optional<EnvelopeModel> envelope = envelopes.read(element, !relay && !text);

    List<ActionModel> actions = new ArrayList<>();
    List<JsonType> roots = new ArrayList<>();
    List<JsonType> messages = new ArrayList<>();
    Set<String> unresolved = new TreeSet<>();
    Map<String, ExecutableElement> actionNames = new HashMap<>();
    Optional<LifecycleModel> onJoin = Optional.empty();
    Optional<LifecycleModel> onLeave = Optional.empty();
    Optional<HandlerModel> textHandler = Optional.empty();
    Optional<HandlerModel> binaryHandler = Optional.empty();
    List<FrameHandlerValidator.Annotated> actionMethods = new ArrayList<>();
    List<FrameHandlerValidator.Annotated> textMethods = new ArrayList<>();
    List<FrameHandlerValidator.Annotated> binaryMethods = new ArrayList<>();
    boolean incomplete = false;
    for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
      Optional<AnnotationMirror> action = Mirrors.find(method, Names.ACTION);
      Optional<AnnotationMirror> join = Mirrors.find(method, Names.ON_JOIN);
      Optional<AnnotationMirror> leave = Mirrors.find(method, Names.ON_LEAVE);
      Optional<AnnotationMirror> onText = Mirrors.find(method, Names.ON_TEXT);
      Optional<AnnotationMirror> onBinary = Mirrors.find(method, Names.ON_BINARY);
      long kinds =
          Stream.of(action, join, leave, onText, onBinary).filter(Optional::isPresent).count();
      if (kinds > 1) {
        reporter.error(
            Tag.MISPLACED_ANNOTATION,
            method,
            "A method is one of an @Action, @OnJoin, @OnLeave, @OnText or @OnBinary method, not"
                + " several; split "
                + method.getSimpleName()
                + " into one method per role.");
        continue;
      }
      if (action.isPresent()) {
        actionMethods.add(new FrameHandlerValidator.Annotated(method, action.get()));
        Optional<ActionModel> model =
            methods.readAction(
                method,
                action.get(),
                mirrors.bool(channel, "ack"),
                actionNames,
                params,
                envelope.orElse(EnvelopeModel.DEFAULT), // reported already if empty
                roots,
                unresolved);
        model.ifPresent(actions::add);
        incomplete |= model.isEmpty();
      } else if (onText.isPresent()) {
        textMethods.add(new FrameHandlerValidator.Annotated(method, onText.get()));
        textHandler =
            frameHandlers.read(method, onText.get(), FrameHandlerValidator.Kind.TEXT, textHandler);
      } else if (onBinary.isPresent()) {
        binaryMethods.add(new FrameHandlerValidator.Annotated(method, onBinary.get()));
        binaryHandler =
            frameHandlers.read(
                method, onBinary.get(), FrameHandlerValidator.Kind.BINARY, binaryHandler);
      } else if (join.isPresent()) {
        onJoin = methods.lifecycle(method, join.get(), "@OnJoin", params, onJoin);
      } else if (leave.isPresent()) {
        onLeave = methods.lifecycle(method, leave.get(), "@OnLeave", params, onLeave);
      } else if (method.getModifiers().contains(Modifier.ABSTRACT) && !redeclaresObject(method)) {
        reporter.error(
            Tag.UNROUTED_METHOD,
            method,
            "Abstract method "
                + method.getSimpleName()
                + " of a channel is never called, because no frame routes to it; annotate it"
                + " with @Action, @OnJoin or @OnLeave, or give it a default body.");
      }
      if (action.isEmpty() && onText.isEmpty() && onBinary.isEmpty()) {
        misplacedOnNonAction(method);
      }
      if (kinds == 0) {
        parameters.misplaced(method);
      }
    }
    for (AnnotationValue value : mirrors.list(channel, "messages")) {
      Resolution message =
          codecs.resolve((TypeMirror) value.getValue(), element, "@Channel(messages)");
      unresolved.addAll(message.unresolved());
      message.type().ifPresent(roots::add);
      message.type().ifPresent(messages::add);
      incomplete |= message.type().isEmpty();
    }
    if (relay && !actionNames.isEmpty()) {
      reporter.error(
          Tag.RELAY_WITH_ACTIONS,
          element,
          channel,
          Mirrors.explicitValue(channel, "relay").orElse(null),
          "A relay channel re-broadcasts every frame unchanged, so its @Action methods would"
              + " never run; remove relay = true or the actions.");
    }
    frameHandlers.checkChannel(
        element, channel, text, relay, relayBinary, actionMethods, textMethods, binaryMethods);
    if (!relay && !text && actions.isEmpty() && actionNames.isEmpty()) {
      reporter.error(
          Tag.NO_ACTIONS,
          element,
          channel,
          element.getSimpleName()
              + " has no @Action methods, so no frame could be handled; add an @Action method, or"
              + " declare @Channel(relay = true) to re-broadcast frames unchanged.");
    }
    Optional<AnnotationMirror> historyMirror = Mirrors.find(element, Names.HISTORY);
    if (text && historyMirror.isPresent()) {
      reporter.error(
          Tag.HISTORY_CONFLICT,
          element,
          historyMirror.get(),
          "A Frames.TEXT channel sends raw text frames, which a history never keeps, and has no"
              + " history action; remove @History or frames = Frames.TEXT.");
    }
    Optional<HistoryModel> history = histories.read(element, channel, relay, actionNames, messages);
    incomplete |= history.isEmpty() && Mirrors.find(element, Names.HISTORY).isPresent();
    incomplete |= envelope.isEmpty();
    if (!unresolved.isEmpty() && reporter.errorCount() == errorsBefore) {
      return new Deferred(unresolved);
    }
    // Incomplete without a new error: a type already reported for another channel.
    if (reporter.errorCount() != errorsBefore || incomplete) {
      return new Invalid();
    }
    List<CodecModel> reached = codecs.reachable(roots);
    return new Valid(
        new ChannelModel(
            element,
            ClassName.get(element),
            path,
            room,
            (int) mirrors.number(channel, "maxConnections"),
            relay,
            relayBinary,
            permission,
            limits,
            actions,
            history,
            onJoin,
            onLeave,
            textHandler,
            binaryHandler,
            envelope.orElseThrow(),
            List.copyOf(messages),
            reached));
  }

  /** {@code String toString();} and the like: every implementation has them already. */
  private static boolean redeclaresObject(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    int arity = method.getParameters().size();
    return (arity == 0 && (name.equals("toString") || name.equals("hashCode")))
        || (arity == 1
            && name.equals("equals")
            && method.getParameters().get(0).asType().toString().equals("java.lang.Object"));
  }

  private void misplacedOnNonAction(ExecutableElement method) {
    Map<ClassName, String> actionOnly =
        Map.of(
            Names.PERMISSION,
            "@Permission on %s has no effect, because it is not an @Action method; put it on an"
                + " @Action method or on the @Channel interface.",
            Names.LIMIT,
            LIMIT_ON_NON_ACTION,
            Names.LIMIT_LIST,
            LIMIT_ON_NON_ACTION,
            Names.NON_BLOCKING,
            "@NonBlocking on %s has no effect, because it is not an @Action method; join and leave"
                + " events run where the server's handlers do.");
    actionOnly.forEach(
        (annotation, message) ->
            Mirrors.find(method, annotation)
                .ifPresent(
                    mirror ->
                        reporter.error(
                            Tag.MISPLACED_ANNOTATION,
                            method,
                            mirror,
                            String.format(message, method.getSimpleName()))));
  }
}
