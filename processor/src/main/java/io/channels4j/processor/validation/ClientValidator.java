package io.channels4j.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.ActionModel;
import io.channels4j.processor.model.ArgumentModel;
import io.channels4j.processor.model.ChannelModel;
import io.channels4j.processor.model.ClientModel;
import io.channels4j.processor.model.ClientModel.ClientAction;
import io.channels4j.processor.model.CodecModel;
import io.channels4j.processor.model.JsonType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Decides whether a valid channel gets a typed client, {@code <Name>Client}, and reads it into a
 * {@link ClientModel}; reports what would make the client not compile, on the element at fault.
 * Channels without actions (relay and text channels) get none, nor does a build with {@code
 * -Achannels4j.clients=false} or a channel with {@code @Channel(client = false)}.
 */
public final class ClientValidator {
  /** The processor option that turns the clients off for a whole build. */
  public static final String OPTION = "channels4j.clients";

  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]*)}");

  /**
   * Methods of the client itself, or of {@code Object}, that no action may take. The client's own
   * are one accessor, so that an action named {@code close} or {@code connect} keeps its name.
   */
  private static final List<String> TAKEN =
      List.of(
          "connection()",
          "toString()",
          "hashCode()",
          "getClass()",
          "notify()",
          "notifyAll()",
          "wait()",
          "clone()",
          "finalize()");

  private final Elements elements;
  private final Reporter reporter;
  private final Mirrors mirrors;
  private final Codecs codecs;
  private final boolean enabled;

  /** Reads the option from {@code env}. */
  public ClientValidator(ProcessingEnvironment env, Reporter reporter, Codecs codecs) {
    this.elements = env.getElementUtils();
    this.reporter = reporter;
    this.codecs = codecs;
    this.mirrors = new Mirrors(elements);
    this.enabled = !"false".equals(env.getOptions().get(OPTION));
  }

  /** The client of {@code channel}, or empty if it gets none or it would clash. */
  public Optional<ClientModel> validate(ChannelModel channel) {
    TypeElement element = channel.element();
    AnnotationMirror mirror = Mirrors.find(element, Names.CHANNEL).orElseThrow();
    if (!enabled || channel.actions().isEmpty() || !mirrors.bool(mirror, "client")) {
      return Optional.empty();
    }
    if (!channel.envelope().isDefault()) {
      // The client's frames are today's (action, request_id, the payload at the top): an
      // @Envelope channel's names and response record are not its yet.
      return Optional.empty();
    }
    ClassName name = channel.generated("Client");
    TypeElement existing = elements.getTypeElement(name.canonicalName());
    // A type of that name in a class file may be this client, compiled before: javac tells.
    if (existing != null
        && codecs.inSources(existing)
        && Mirrors.find(existing, Names.GENERATED).isEmpty()) {
      reporter.error(
          Tag.CLIENT,
          element,
          mirror,
          name.canonicalName()
              + " exists already, so the typed client of "
              + element.getSimpleName()
              + " cannot take its name; rename that type, or declare @Channel(client = false).");
      return Optional.empty();
    }
    Map<String, String> signatures = new LinkedHashMap<>();
    for (String taken : TAKEN) {
      signatures.put(taken, "a method every client has");
    }
    boolean clashes = false;
    List<ClientAction> actions = new ArrayList<>();
    for (ActionModel action : channel.actions()) {
      if (action.deprecated()) {
        continue; // the server refuses every frame of it
      }
      ExecutableElement method = method(element, action);
      String signature =
          action.method() + "(" + action.payload().map(t -> erased(t.typeName())).orElse("") + ")";
      String owner = signatures.putIfAbsent(signature, "action '" + action.name() + "'");
      if (owner != null) {
        reporter.error(
            Tag.CLIENT,
            method,
            "Action '"
                + action.name()
                + "' would be the method "
                + signature
                + " of the generated "
                + name.simpleName()
                + ", which is "
                + owner
                + "; rename the method, or declare @Channel(client = false).");
        clashes = true;
        continue;
      }
      int payload = action.arguments().indexOf(new ArgumentModel.Payload());
      actions.add(
          new ClientAction(
              action,
              payload < 0 ? null : method.getParameters().get(payload).getSimpleName().toString()));
    }
    if (clashes) {
      return Optional.empty();
    }
    return Optional.of(
        new ClientModel(channel, name, pathParams(channel.path()), actions, messages(channel)));
  }

  /** The method of {@code action}: the one whose {@code @Action} names it. */
  private ExecutableElement method(TypeElement element, ActionModel action) {
    for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
      Optional<AnnotationMirror> annotation = Mirrors.find(method, Names.ACTION);
      if (annotation.isPresent()
          && method.getSimpleName().contentEquals(action.method())
          && actionName(method, annotation.get()).equals(action.name())) {
        return method;
      }
    }
    throw new IllegalStateException("No method of action " + action.name());
  }

  private String actionName(ExecutableElement method, AnnotationMirror action) {
    String value = mirrors.string(action, "value");
    return value.isEmpty() ? method.getSimpleName().toString() : value;
  }

  /** The generated codecs of the channel's {@code @Channel(messages)} types, in their order. */
  private static List<CodecModel> messages(ChannelModel channel) {
    List<CodecModel> messages = new ArrayList<>();
    for (JsonType message : channel.messages()) {
      channel.codecs().stream()
          .filter(codec -> codec.type().equals(message.typeName()))
          .findFirst()
          .ifPresent(messages::add);
    }
    return messages;
  }

  private static List<String> pathParams(String path) {
    List<String> params = new ArrayList<>();
    Matcher matcher = PATH_PARAM.matcher(path);
    while (matcher.find()) {
      params.add(matcher.group(1));
    }
    return params;
  }

  /** A type as its erasure: what decides whether two Java methods clash. */
  private static String erased(TypeName type) {
    return (type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type)
        .toString();
  }
}
