package io.channels4j.processor.validation;

import com.palantir.javapoet.ClassName;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.LimitModel;
import io.channels4j.processor.model.PermissionModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Validates and reads {@code @Permission} and {@code @Limit} on a channel or an action. */
final class GuardValidator {
  private static final long MILLIS_PER_SECOND = 1000L;

  private final Elements elements;
  private final Types types;
  private final Reporter reporter;
  private final Mirrors mirrors;

  GuardValidator(Elements elements, Types types, Reporter reporter, Mirrors mirrors) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
    this.mirrors = mirrors;
  }

  /** The {@code @Permission} of {@code element}, reporting every class that cannot be made. */
  PermissionModel permission(Element element) {
    Optional<AnnotationMirror> found = Mirrors.find(element, Names.PERMISSION);
    if (found.isEmpty()) {
      return PermissionModel.UNDECLARED;
    }
    AnnotationMirror mirror = found.get();
    List<ClassName> checks = new ArrayList<>();
    List<String> binaryNames = new ArrayList<>();
    List<AnnotationValue> values = mirrors.list(mirror, "value");
    for (AnnotationValue value : values) {
      // A class javac cannot find is an error type, or the text "<error>": javac reports it.
      if (!(value.getValue() instanceof TypeMirror type) || type.getKind() == TypeKind.ERROR) {
        continue;
      }
      TypeElement check = (TypeElement) ((DeclaredType) type).asElement();
      boolean samePackage = elements.getPackageOf(check).equals(elements.getPackageOf(element));
      Optional<String> problem = instantiationProblem(check, samePackage);
      if (problem.isPresent()) {
        reporter.error(
            Tag.PERMISSION_CLASS,
            element,
            mirror,
            value,
            check.getQualifiedName()
                + " cannot be used as a permission: it "
                + problem.get()
                + ". A permission class is a non-abstract, top-level or static nested class"
                + " implementing io.channels4j.runtime.PermissionCheck with a no-argument"
                + " constructor, public unless it is in the channel's package.");
        continue;
      }
      checks.add(ClassName.get(check));
      binaryNames.add(elements.getBinaryName(check).toString());
    }
    boolean deny = mirrors.bool(mirror, "deny");
    if (deny && !values.isEmpty()) {
      reporter.error(
          Tag.PERMISSION_DENY,
          element,
          mirror,
          Mirrors.explicitValue(mirror, "deny").orElse(null),
          "@Permission(deny = true) denies everyone, so its classes would never run; remove"
              + " either the classes or deny = true.");
    }
    return new PermissionModel(true, checks, binaryNames, mirrors.enumName(mirror, "mode"), deny);
  }

  /**
   * Why the dispatcher, generated in the channel's package, could not write {@code new Check()}.
   */
  private Optional<String> instantiationProblem(TypeElement check, boolean samePackage) {
    if (check.getKind() != ElementKind.CLASS && check.getKind() != ElementKind.RECORD) {
      return Optional.of("is not a class");
    }
    if (check.getModifiers().contains(Modifier.ABSTRACT)) {
      return Optional.of("is abstract");
    }
    if (!implementsPermissionCheck(check.asType())) {
      return Optional.of("does not implement " + Names.PERMISSION_CHECK.canonicalName());
    }
    for (Element e = check; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (samePackage ? e.getModifiers().contains(Modifier.PRIVATE) : !Codecs.isPublic(e)) {
        return Optional.of(e == check ? "is not public" : "is inside a type that is not public");
      }
    }
    if (!Codecs.isStatic(check)) {
      return Optional.of("is an inner class (it needs an outer instance)");
    }
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(check.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          && (samePackage
              ? !constructor.getModifiers().contains(Modifier.PRIVATE)
              : constructor.getModifiers().contains(Modifier.PUBLIC))) {
        return Optional.empty();
      }
    }
    return Optional.of("has no public no-argument constructor");
  }

  private boolean implementsPermissionCheck(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getQualifiedName().contentEquals(Names.PERMISSION_CHECK.canonicalName())) {
      return true;
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (implementsPermissionCheck(supertype)) {
        return true;
      }
    }
    return false;
  }

  /** The {@code @Limit}s of {@code element}; {@code onMethod} forbids {@code close = true}. */
  List<LimitModel> limits(Element element, boolean onMethod) {
    List<LimitModel> limits = new ArrayList<>();
    for (AnnotationMirror mirror : mirrors.limits(element)) {
      boolean valid = true;
      long times = mirrors.number(mirror, "times");
      if (times < 1) {
        reporter.error(
            Tag.LIMIT_TIMES,
            element,
            mirror,
            Mirrors.explicitValue(mirror, "times").orElse(null),
            "@Limit(times = " + times + ") would allow no frame at all; use times >= 1.");
        valid = false;
      }
      long window;
      try {
        window =
            Math.addExact(
                Math.addExact(
                    mirrors.number(mirror, "milliseconds"),
                    Math.multiplyExact(mirrors.number(mirror, "seconds"), MILLIS_PER_SECOND)),
                Math.addExact(
                    Math.multiplyExact(mirrors.number(mirror, "minutes"), 60 * MILLIS_PER_SECOND),
                    Math.multiplyExact(mirrors.number(mirror, "hours"), 3600 * MILLIS_PER_SECOND)));
      } catch (ArithmeticException overflow) {
        window = -1;
      }
      if (window < 1) {
        reporter.error(
            Tag.LIMIT_WINDOW,
            element,
            mirror,
            "@Limit needs a window of at least 1 millisecond, but milliseconds + seconds + minutes"
                + " + hours "
                + (window == 0 ? "is empty" : "is negative or overflows")
                + "; set one of them, e.g. @Limit(times = 10, seconds = 1).");
        valid = false;
      }
      boolean close = mirrors.bool(mirror, "close");
      if (close && onMethod) {
        reporter.error(
            Tag.LIMIT_CLOSE,
            element,
            mirror,
            Mirrors.explicitValue(mirror, "close").orElse(null),
            "@Limit(close = true) is only meaningful on the @Channel interface (an action's limit"
                + " never closes the socket); remove close = true or move the limit to the"
                + " interface.");
        valid = false;
      }
      if (valid) {
        limits.add(new LimitModel((int) times, window, mirrors.enumName(mirror, "scope"), close));
      }
    }
    return limits;
  }
}
