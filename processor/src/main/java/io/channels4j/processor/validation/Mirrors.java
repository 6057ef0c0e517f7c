package io.channels4j.processor.validation;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads annotations by name, so the processor needs none of the annotated jars at runtime. */
public final class Mirrors {
  private final Elements elements;

  /** Reads values, defaults included, with {@code elements}. */
  public Mirrors(Elements elements) {
    this.elements = elements;
  }

  /** The annotation named {@code type} directly on {@code element}. */
  public static Optional<AnnotationMirror> find(Element element, ClassName type) {
    return find(element, type.canonicalName());
  }

  public static Optional<AnnotationMirror> find(Element element, String canonicalName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotation.getQualifiedName().contentEquals(canonicalName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code element} or its type carries any annotation with this simple name. */
  public static boolean hasSimpleName(Element element, TypeMirror type, String simpleName) {
    List<AnnotationMirror> all = new ArrayList<>(element.getAnnotationMirrors());
    if (type != null) {
      all.addAll(type.getAnnotationMirrors());
    }
    for (AnnotationMirror mirror : all) {
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  /** The value of {@code name}, the default if not written. */
  public AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException(name + " not in " + mirror);
  }

  /** The value of {@code name} only where the source writes it, so errors point at it. */
  public static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The string value of {@code name}. */
  public String string(AnnotationMirror mirror, String name) {
    return (String) value(mirror, name).getValue();
  }

  /** The boolean value of {@code name}. */
  public boolean bool(AnnotationMirror mirror, String name) {
    return (Boolean) value(mirror, name).getValue();
  }

  /** The numeric value of {@code name}, widened to {@code long}. */
  public long number(AnnotationMirror mirror, String name) {
    return ((Number) value(mirror, name).getValue()).longValue();
  }

  /** The name of an enum constant value. */
  public String enumName(AnnotationMirror mirror, String name) {
    return ((Element) value(mirror, name).getValue()).getSimpleName().toString();
  }

  /** The elements of an array value, each an {@code AnnotationValue}. */
  @SuppressWarnings("unchecked")
  public List<AnnotationValue> list(AnnotationMirror mirror, String name) {
    return (List<AnnotationValue>) value(mirror, name).getValue();
  }

  /** The {@code @Limit}s on {@code element}, direct or inside {@code @Limit.List}, in order. */
  public List<AnnotationMirror> limits(Element element) {
    List<AnnotationMirror> limits = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name =
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.equals(io.channels4j.processor.Names.LIMIT.canonicalName())) {
        limits.add(mirror);
      } else if (name.equals(io.channels4j.processor.Names.LIMIT_LIST.canonicalName())) {
        for (AnnotationValue value : list(mirror, "value")) {
          limits.add((AnnotationMirror) value.getValue());
        }
      }
    }
    return limits;
  }
}
