package io.channels4j.processor.validation;

import com.palantir.javapoet.ClassName;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.ArgumentModel;
import io.channels4j.processor.model.ArgumentModel.PathKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the parameters of a handler method, in any order, into what the dispatcher passes each: the
 * {@code ChannelContext} by its type, the others by their annotation, and the payload as the one
 * parameter that is neither. Every misuse is an error on the parameter at fault.
 */
final class ParameterValidator {
  /** The annotations that say what a parameter takes, in the order errors list them. */
  private static final List<ClassName> ANNOTATIONS =
      List.of(Names.PATH_PARAM, Names.PRINCIPAL, Names.REQUEST_ID, Names.ATTRIBUTE, Names.PROVIDED);

  /** What a path parameter of each declared type converts to. */
  private static final Map<String, PathKind> PATH_TYPES =
      Map.of(
          "java.lang.String", PathKind.STRING,
          "java.lang.Integer", PathKind.INT,
          "java.lang.Long", PathKind.LONG,
          "java.lang.Double", PathKind.DOUBLE,
          "java.lang.Boolean", PathKind.BOOLEAN,
          "java.util.UUID", PathKind.UUID);

  /**
   * The parameters of one method.
   *
   * @param arguments what each parameter takes, in order
   * @param payload the payload parameter, if the method has one
   */
  record Parameters(List<ArgumentModel> arguments, Optional<VariableElement> payload) {}

  private final Types types;
  private final Elements elements;
  private final Reporter reporter;
  private final Mirrors mirrors;

  ParameterValidator(Types types, Elements elements, Reporter reporter, Mirrors mirrors) {
    this.types = types;
    this.elements = elements;
    this.reporter = reporter;
    this.mirrors = mirrors;
  }

  /**
   * The parameters of {@code method}, or empty after reporting what is wrong with them.
   *
   * @param role {@code @Action}, {@code @OnJoin} or {@code @OnLeave}: only an action has a frame,
   *     and so a payload and a request id
   * @param pathParams the parameters of the channel's path
   */
  Optional<Parameters> read(ExecutableElement method, String role, Set<String> pathParams) {
    int errorsBefore = reporter.errorCount();
    boolean action = role.equals("@Action");
    List<ArgumentModel> arguments = new ArrayList<>();
    Optional<VariableElement> payload = Optional.empty();
    Map<String, VariableElement> pathNames = new HashMap<>();
    for (VariableElement parameter : method.getParameters()) {
      List<AnnotationMirror> marks = new ArrayList<>();
      for (ClassName annotation : ANNOTATIONS) {
        Mirrors.find(parameter, annotation).ifPresent(marks::add);
      }
      if (marks.size() > 1) {
        error(
            parameter,
            marks.get(1),
            "combines "
                + simpleNames(marks)
                + ", but a parameter takes one value; keep one of them, and take the other value"
                + " in a parameter of its own.");
        continue;
      }
      if (marks.isEmpty()) {
        if (isChannelContext(parameter.asType())) {
          arguments.add(new ArgumentModel.Context());
        } else if (!action) {
          error(
              parameter,
              null,
              "of "
                  + role
                  + " method "
                  + method.getSimpleName()
                  + " has no annotation, so it would be a payload, but a join or leave event has"
                  + " no frame; annotate it with @PathParam, @Principal, @Attribute or @Provided,"
                  + " or remove it.");
        } else if (payload.isPresent()) {
          error(
              parameter,
              null,
              "is a second payload of "
                  + method.getSimpleName()
                  + "(), after "
                  + payload.get().getSimpleName()
                  + ", but a frame has one payload; annotate "
                  + parameter.getSimpleName()
                  + " with @PathParam, @Principal, @RequestId, @Attribute or @Provided, or merge"
                  + " the two into one record.");
        } else {
          payload = Optional.of(parameter);
          arguments.add(new ArgumentModel.Payload());
        }
        continue;
      }
      AnnotationMirror mark = marks.get(0);
      if (isChannelContext(parameter.asType())) {
        error(
            parameter,
            mark,
            "is the ChannelContext, which the dispatcher passes by its type; remove @"
                + simpleName(mark)
                + ".");
        continue;
      }
      read(method, role, parameter, mark, pathParams, pathNames).ifPresent(arguments::add);
    }
    if (reporter.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new Parameters(arguments, payload));
  }

  /**
   * Reports the parameter annotations of {@code method}, which is no handler: nothing fills them.
   */
  void misplaced(ExecutableElement method) {
    for (VariableElement parameter : method.getParameters()) {
      for (ClassName annotation : ANNOTATIONS) {
        Mirrors.find(parameter, annotation)
            .ifPresent(
                mark ->
                    reporter.error(
                        Tag.MISPLACED_ANNOTATION,
                        parameter,
                        mark,
                        "@"
                            + simpleName(mark)
                            + " on a parameter of "
                            + method.getSimpleName()
                            + " has no effect, because only @Action, @OnJoin and @OnLeave methods"
                            + " are called by the dispatcher; remove it."));
      }
    }
  }

  /** What the annotated {@code parameter} takes, or empty after reporting why it cannot. */
  private Optional<ArgumentModel> read(
      ExecutableElement method,
      String role,
      VariableElement parameter,
      AnnotationMirror mark,
      Set<String> pathParams,
      Map<String, VariableElement> pathNames) {
    TypeMirror type = parameter.asType();
    String annotation = simpleName(mark);
    switch (annotation) {
      case "PathParam" -> {
        return pathParam(parameter, mark, pathParams, pathNames);
      }
      case "RequestId" -> {
        if (!role.equals("@Action")) {
          error(
              parameter,
              mark,
              "of "
                  + role
                  + " method "
                  + method.getSimpleName()
                  + " has no frame to take a request_id from (it would always be 1); remove it.");
          return Optional.empty();
        }
        if (type.getKind() != TypeKind.LONG) {
          error(
              parameter,
              mark,
              "is a " + type + ", but a request_id is a long; declare it '@RequestId long'.");
          return Optional.empty();
        }
        return Optional.of(new ArgumentModel.RequestId());
      }
      case "Principal" -> {
        Optional<ClassName> principal = plainClass(parameter, mark);
        if (principal.isPresent() && !castFromPrincipal(type)) {
          error(
              parameter,
              mark,
              "is a "
                  + type
                  + ", which an authenticator's java.security.Principal can never be; take the"
                  + " type your authenticator returns.");
          return Optional.empty();
        }
        return principal.map(ArgumentModel.Principal::new);
      }
      case "Attribute" -> {
        String name = mirrors.string(mark, "value");
        if (name.isEmpty()) {
          error(parameter, mark, "names no attribute; write @Attribute(\"name\").");
          return Optional.empty();
        }
        return plainClass(parameter, mark).map(c -> new ArgumentModel.Attribute(name, c));
      }
      default -> {
        return plainClass(parameter, mark).map(ArgumentModel.Provided::new);
      }
    }
  }

  private Optional<ArgumentModel> pathParam(
      VariableElement parameter,
      AnnotationMirror mark,
      Set<String> pathParams,
      Map<String, VariableElement> pathNames) {
    String name = mirrors.string(mark, "value");
    if (!pathParams.contains(name)) {
      error(
          parameter,
          mark,
          "names {"
              + name
              + "}, but the channel's path has "
              + (pathParams.isEmpty() ? "no parameters" : "only " + pathParams)
              + "; name one of them, or add {"
              + name
              + "} to the path.");
      return Optional.empty();
    }
    VariableElement previous = pathNames.putIfAbsent(name, parameter);
    if (previous != null) {
      error(
          parameter,
          mark,
          "takes {"
              + name
              + "}, which "
              + previous.getSimpleName()
              + " takes already; use one parameter.");
      return Optional.empty();
    }
    TypeMirror type = parameter.asType();
    Optional<PathKind> kind = pathKind(type);
    if (kind.isEmpty()) {
      error(
          parameter,
          mark,
          "is a "
              + type
              + ", but a path parameter converts only to String, int, long, double, boolean, their"
              + " boxes, UUID or an enum.");
      return Optional.empty();
    }
    if (kind.get() != PathKind.ENUM) {
      return Optional.of(new ArgumentModel.PathParam(name, kind.get(), null, expected(kind.get())));
    }
    TypeElement enumType = (TypeElement) types.asElement(type);
    if (!Codecs.reachableFromPackage(enumType)) {
      error(parameter, mark, "is a private enum, which the generated dispatcher cannot name.");
      return Optional.empty();
    }
    List<String> constants = new ArrayList<>();
    for (Element member : enumType.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(member.getSimpleName().toString());
      }
    }
    return Optional.of(
        new ArgumentModel.PathParam(
            name,
            PathKind.ENUM,
            ClassName.get(enumType),
            "one of " + String.join(", ", constants)));
  }

  private Optional<PathKind> pathKind(TypeMirror type) {
    switch (type.getKind()) {
      case INT:
        return Optional.of(PathKind.INT);
      case LONG:
        return Optional.of(PathKind.LONG);
      case DOUBLE:
        return Optional.of(PathKind.DOUBLE);
      case BOOLEAN:
        return Optional.of(PathKind.BOOLEAN);
      case DECLARED:
        TypeElement element = (TypeElement) types.asElement(type);
        if (element.getKind() == ElementKind.ENUM) {
          return Optional.of(PathKind.ENUM);
        }
        return Optional.ofNullable(PATH_TYPES.get(element.getQualifiedName().toString()));
      default:
        return Optional.empty();
    }
  }

  private static String expected(PathKind kind) {
    return switch (kind) {
      case STRING -> "a string";
      case INT -> "an int";
      case LONG -> "a long";
      case DOUBLE -> "a number";
      case BOOLEAN -> "true or false";
      case UUID -> "a UUID";
      case ENUM -> throw new IllegalArgumentException("an enum lists its constants");
    };
  }

  /**
   * The class of a parameter the server checks or looks up by its class at run time: a class or
   * interface without type arguments, that the generated dispatcher can name.
   */
  private Optional<ClassName> plainClass(VariableElement parameter, AnnotationMirror mark) {
    TypeMirror type = parameter.asType();
    if (type.getKind() != TypeKind.DECLARED
        || !((DeclaredType) type).getTypeArguments().isEmpty()
        || !((TypeElement) types.asElement(type)).getTypeParameters().isEmpty()) {
      error(
          parameter,
          mark,
          "is a "
              + type
              + ", but @"
              + simpleName(mark)
              + " takes a class or interface without type parameters, which the server can check"
              + " at run time"
              + (type.getKind().isPrimitive() ? " (a box, such as Integer for int)" : "")
              + "; wrap the value in a record of your own.");
      return Optional.empty();
    }
    TypeElement element = (TypeElement) types.asElement(type);
    if (!Codecs.reachableFromPackage(element)) {
      error(
          parameter,
          mark,
          "is a " + type + ", which is private, so the generated dispatcher cannot name it.");
      return Optional.empty();
    }
    return Optional.of(ClassName.get(element));
  }

  /**
   * Whether a {@code java.security.Principal} can be cast to {@code type}, as the generated {@code
   * instanceof} does: to any interface or non-final class, and to a final one that implements it.
   */
  private boolean castFromPrincipal(TypeMirror type) {
    Element element = types.asElement(type);
    return element.getKind().isInterface()
        || !element.getModifiers().contains(Modifier.FINAL)
        || types.isAssignable(
            type, elements.getTypeElement(Names.JAVA_PRINCIPAL.canonicalName()).asType());
  }

  private void error(VariableElement parameter, AnnotationMirror mark, String problem) {
    reporter.error(
        Tag.PARAMETER,
        parameter,
        mark,
        "Parameter " + parameter.getSimpleName() + " (" + parameter.asType() + ") " + problem);
  }

  private static String simpleNames(List<AnnotationMirror> marks) {
    List<String> names = new ArrayList<>();
    for (AnnotationMirror mark : marks) {
      names.add("@" + simpleName(mark));
    }
    return String.join(" and ", names);
  }

  private static String simpleName(AnnotationMirror mark) {
    return mark.getAnnotationType().asElement().getSimpleName().toString();
  }

  static boolean isChannelContext(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(Names.CHANNEL_CONTEXT.canonicalName());
  }
}
