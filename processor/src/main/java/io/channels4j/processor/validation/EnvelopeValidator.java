package io.channels4j.processor.validation;

import com.palantir.javapoet.ClassName;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.EnvelopeModel;
import io.channels4j.processor.model.EnvelopeModel.Component;
import io.channels4j.processor.model.EnvelopeModel.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads a channel's {@code @Envelope} into an {@link EnvelopeModel}, reporting every way it cannot
 * work: the server must route, correlate and answer each frame with the names it declares, and fill
 * every component of its response type.
 */
final class EnvelopeValidator {
  /** Names a frame carries as plain bytes: printable ASCII that JSON never escapes. */
  private static final Pattern PLAIN_NAME = Pattern.compile("[\\x20-\\x7e&&[^\"\\\\]]+");

  /** The members of the default response frame besides the action and request id. */
  private static final Set<String> RESPONSE_MEMBERS =
      Set.of("type", "status", "data", "errors", "reason");

  private static final Set<Role> REQUIRED =
      EnumSet.of(Role.REQUEST_ID, Role.STATUS, Role.DATA, Role.ERRORS);

  private final Elements elements;
  private final Reporter reporter;
  private final Mirrors mirrors;

  EnvelopeValidator(Elements elements, Reporter reporter, Mirrors mirrors) {
    this.elements = elements;
    this.reporter = reporter;
    this.mirrors = mirrors;
  }

  /**
   * The envelope of {@code channel}: the default one without {@code @Envelope}, or empty after
   * reporting what is wrong with it.
   *
   * @param routed whether the channel routes JSON frames to actions (not relay, not text)
   */
  Optional<EnvelopeModel> read(TypeElement channel, boolean routed) {
    Optional<AnnotationMirror> found = Mirrors.find(channel, Names.ENVELOPE);
    if (found.isEmpty()) {
      return Optional.of(EnvelopeModel.DEFAULT);
    }
    AnnotationMirror envelope = found.get();
    int errorsBefore = reporter.errorCount();
    if (!routed) {
      refuse(
          channel,
          envelope,
          null,
          "A relay or Frames.TEXT channel routes no frame to an action and answers none, so"
              + " @Envelope has no effect on it; remove @Envelope.");
      return Optional.empty();
    }
    String action = name(channel, envelope, "action", false);
    String requestId = name(channel, envelope, "requestId", false);
    String payload = name(channel, envelope, "payload", true);
    if (action.equals(requestId)) {
      clash(channel, envelope, "requestId", "action and requestId are both '" + action + "'");
    }
    if (!payload.isEmpty() && (payload.equals(action) || payload.equals(requestId))) {
      clash(
          channel,
          envelope,
          "payload",
          "payload '"
              + payload
              + "' is also the "
              + (payload.equals(action) ? "action" : "request id")
              + "'s name");
    }
    TypeMirror type = (TypeMirror) mirrors.value(envelope, "response").getValue();
    Optional<EnvelopeModel.Response> response = Optional.empty();
    if (type.getKind() == TypeKind.VOID) {
      for (String attribute : List.of("action", "requestId")) {
        String name = mirrors.string(envelope, attribute);
        if (RESPONSE_MEMBERS.contains(name)) {
          refuse(
              channel,
              envelope,
              Mirrors.explicitValue(envelope, attribute).orElse(null),
              "The default response frame names the action and request id as the client frames"
                  + " do, but it has a '"
                  + name
                  + "' member of its own already; choose another "
                  + attribute
                  + " name, or give the channel a response type of its own with"
                  + " @Envelope(response = ...).");
        }
      }
    } else {
      response = response(channel, envelope, type);
    }
    if (reporter.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new EnvelopeModel(action, requestId, payload, response));
  }

  /** The name {@code attribute} gives, reported unless a frame can carry it as it is. */
  private String name(
      TypeElement channel, AnnotationMirror envelope, String attribute, boolean mayBeEmpty) {
    String name = mirrors.string(envelope, attribute);
    if ((name.isEmpty() && !mayBeEmpty)
        || (!name.isEmpty() && !PLAIN_NAME.matcher(name).matches())) {
      refuse(
          channel,
          envelope,
          Mirrors.explicitValue(envelope, attribute).orElse(null),
          "@Envelope("
              + attribute
              + ") is '"
              + name
              + "', but a member name of the frame must be printable ASCII without '\"' or"
              + " '\\'"
              + (mayBeEmpty ? "" : ", and not empty")
              + ".");
    }
    return name;
  }

  private void clash(
      TypeElement channel, AnnotationMirror envelope, String attribute, String what) {
    refuse(
        channel,
        envelope,
        Mirrors.explicitValue(envelope, attribute).orElse(null),
        "A frame's action, request id and payload need a member each, but "
            + what
            + "; give each its own name.");
  }

  /** The response record {@code type}, or empty after reporting why the server cannot fill it. */
  private Optional<EnvelopeModel.Response> response(
      TypeElement channel, AnnotationMirror envelope, TypeMirror type) {
    AnnotationValue site = Mirrors.explicitValue(envelope, "response").orElse(null);
    Element named = type instanceof DeclaredType declared ? declared.asElement() : null;
    if (!(named instanceof TypeElement record) || record.getKind() != ElementKind.RECORD) {
      refuse(
          channel,
          envelope,
          site,
          "The response type "
              + type
              + " is not a record, so its members have no declared order and roles; declare a"
              + " record such as record Reply<T>(String action, long requestId, String status,"
              + " T data, String errors).");
      return Optional.empty();
    }
    if (!reachableFrom(record, channel)) {
      refuse(
          channel,
          envelope,
          site,
          record.getSimpleName()
              + " cannot be named from the channel's package, where its writer is generated; make"
              + " it public, or move it there.");
      return Optional.empty();
    }
    if (record.getTypeParameters().size() > 1) {
      refuse(
          channel,
          envelope,
          site,
          record.getSimpleName()
              + " has more than one type parameter, but only data takes the reply's type; keep"
              + " one, the type of data.");
      return Optional.empty();
    }
    boolean generic = record.getTypeParameters().size() == 1;
    List<Component> components = new ArrayList<>();
    Map<String, String> byJsonName = new HashMap<>();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (RecordComponentElement component : record.getRecordComponents()) {
      String javaName = component.getSimpleName().toString();
      Element reportOn = field(record, component).map(Element.class::cast).orElse(record);
      Optional<Role> role = role(javaName);
      if (role.isEmpty()) {
        refuseComponent(
            reportOn,
            record,
            javaName,
            " has no role the server can fill; name each component after its role:"
                + " action, requestId, status, data, errors or reason.");
        continue;
      }
      roles.add(role.get()); // mistyped, it is reported as such, not as missing
      if (!typeFits(role.get(), component.asType(), generic)) {
        refuseComponent(
            reportOn,
            record,
            javaName,
            " is a "
                + component.asType()
                + ", but the server fills it with "
                + expected(role.get(), generic)
                + "; declare it so.");
        continue;
      }
      String jsonName = jsonName(record, component);
      String other = byJsonName.putIfAbsent(jsonName, javaName);
      if (other != null) {
        reporter.error(
            Tag.ENVELOPE,
            reportOn,
            record.getSimpleName()
                + "."
                + other
                + " and "
                + record.getSimpleName()
                + "."
                + javaName
                + " share the JSON name '"
                + jsonName
                + "'; give one of them another @Json(name = ...).");
      }
      components.add(
          new Component(
              role.get(), javaName, jsonName, component.asType().getKind().isPrimitive()));
    }
    Set<Role> missing = EnumSet.copyOf(REQUIRED);
    missing.removeAll(roles);
    for (Role role : missing) {
      refuse(
          channel,
          envelope,
          site,
          record.getSimpleName()
              + " has no component "
              + role.componentName()
              + ", but every response frame needs one; add "
              + expected(role, generic)
              + " "
              + role.componentName()
              + ".");
    }
    return Optional.of(new EnvelopeModel.Response(ClassName.get(record), generic, components));
  }

  /** Reports {@code message} on {@code value} of {@code @Envelope}, or on the annotation. */
  private void refuse(
      TypeElement channel, AnnotationMirror envelope, AnnotationValue value, String message) {
    reporter.error(Tag.ENVELOPE, channel, envelope, value, message);
  }

  /** Reports {@code Reply.component} and what is wrong with it on {@code reportOn}. */
  private void refuseComponent(
      Element reportOn, TypeElement record, String component, String what) {
    reporter.error(Tag.ENVELOPE, reportOn, record.getSimpleName() + "." + component + what);
  }

  private static Optional<Role> role(String componentName) {
    for (Role role : Role.values()) {
      if (role.componentName().equals(componentName)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  private static boolean typeFits(Role role, TypeMirror type, boolean generic) {
    return switch (role) {
      case REQUEST_ID ->
          type.getKind() == TypeKind.LONG || type.toString().equals("java.lang.Long");
      case DATA ->
          generic ? type.getKind() == TypeKind.TYPEVAR : type.toString().equals("java.lang.Object");
      default -> type.toString().equals("java.lang.String");
    };
  }

  private static String expected(Role role, boolean generic) {
    return switch (role) {
      case REQUEST_ID -> "a long";
      case DATA -> generic ? "the record's type variable" : "an Object";
      default -> "a String";
    };
  }

  /**
   * The component's private field, where its errors go: javac 17 has no position for the component
   * itself.
   */
  private static Optional<VariableElement> field(
      TypeElement record, RecordComponentElement component) {
    return ElementFilter.fieldsIn(record.getEnclosedElements()).stream()
        .filter(field -> field.getSimpleName().equals(component.getSimpleName()))
        .findFirst();
  }

  /** Its {@code @Json(name)}, on the component, its accessor or field, else its Java name. */
  private String jsonName(TypeElement record, RecordComponentElement component) {
    List<Element> annotated = new ArrayList<>(List.of(component, component.getAccessor()));
    field(record, component).ifPresent(annotated::add);
    for (Element element : annotated) {
      Optional<AnnotationMirror> json = Mirrors.find(element, Names.JSON);
      if (json.isPresent() && Mirrors.explicitValue(json.get(), "name").isPresent()) {
        return mirrors.string(json.get(), "name");
      }
    }
    return component.getSimpleName().toString();
  }

  /** Whether code in {@code channel}'s package can name {@code record}. */
  private boolean reachableFrom(TypeElement record, TypeElement channel) {
    if (elements.getPackageOf(record).equals(elements.getPackageOf(channel))) {
      return Codecs.reachableFromPackage(record);
    }
    for (Element e = record; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!Codecs.isPublic(e)) {
        return false;
      }
    }
    return true;
  }
}
