package io.channels4j.processor.validation;

import com.palantir.javapoet.ClassName;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.JsonType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The codec classes of the user's own types (named by {@code @JsonWith} on the type or by
 * {@code @Channel(codecs)}), each a public class with a {@code public static T read(X)} and a
 * {@code public static X write(T)}, {@code X} a string, number or other type held as one JSON
 * value.
 *
 * <p>A codec serves its type in the whole compilation; two codecs of one type are an error.
 */
final class UserCodecs {
  private final Types types;
  private final Mirrors mirrors;
  private final Reporter reporter;
  private final Codecs codecs;

  /** The codec of each type, by its qualified name; empty for a codec class that failed. */
  private final Map<String, Optional<JsonType.Custom>> byType = new HashMap<>();

  private final Map<String, String> codecOf = new HashMap<>();

  UserCodecs(ProcessingEnvironment env, Mirrors mirrors, Reporter reporter, Codecs codecs) {
    this.types = env.getTypeUtils();
    this.mirrors = mirrors;
    this.reporter = reporter;
    this.codecs = codecs;
  }

  /** Registers the codec classes of {@code @Channel(codecs)}, reporting on {@code channel}. */
  void register(List<TypeMirror> codecClasses, Element channel) {
    for (TypeMirror codecClass : codecClasses) {
      read((TypeElement) types.asElement(codecClass), channel);
    }
  }

  /**
   * The mapping of {@code type} through its codec, registered or named by {@code @JsonWith} on it;
   * failed after reporting why that codec cannot be used; empty if it has none.
   */
  Optional<Resolution> find(DeclaredType type, Element site) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (!byType.containsKey(name)) {
      Optional<AnnotationMirror> with = Mirrors.find(element, Names.JSON_WITH);
      if (with.isEmpty()) {
        return Optional.empty();
      }
      TypeMirror codec = (TypeMirror) mirrors.value(with.get(), "value").getValue();
      Element at = codecs.inSources(element) ? element : site;
      Optional<JsonType.Custom> custom = read((TypeElement) types.asElement(codec), at);
      if (custom.isPresent() && !custom.get().typeName().equals(ClassName.get(element))) {
        reporter.error(
            Tag.USER_CODEC,
            at,
            "@JsonWith on "
                + element.getSimpleName()
                + " names "
                + custom.get().codec().simpleName()
                + ", the codec of "
                + custom.get().typeName().simpleName()
                + "; name a codec whose read returns "
                + element.getSimpleName()
                + ".");
      }
      byType.putIfAbsent(name, Optional.empty());
    }
    return Optional.of(byType.get(name).map(Resolution::of).orElseGet(Resolution::failed));
  }

  /** Reads and registers one codec class; empty after reporting why it cannot be one. */
  private Optional<JsonType.Custom> read(TypeElement codec, Element site) {
    String codecName = codec.getSimpleName().toString();
    Optional<ExecutableElement> read = method(codec, "read");
    Optional<ExecutableElement> write = method(codec, "write");
    if (!codec.getModifiers().contains(Modifier.PUBLIC)
        || !Codecs.isStatic(codec)
        || read.isEmpty()
        || write.isEmpty()) {
      return fail(
          site,
          codecName
              + " is not a codec: a codec is a public class with a public static T read(X) and a"
              + " public static X write(T), X a String, a number or another type held as one JSON"
              + " value.");
    }
    TypeMirror handled = read.get().getReturnType();
    TypeMirror form = read.get().getParameters().get(0).asType();
    if (handled.getKind() != TypeKind.DECLARED
        || !((DeclaredType) handled).getTypeArguments().isEmpty()
        || !types.isSameType(write.get().getParameters().get(0).asType(), handled)
        || !types.isSameType(write.get().getReturnType(), form)) {
      return fail(
          site,
          codecName
              + ": read must return the type the codec serves (a class without type arguments)"
              + " and take what write returns, and write must take that type; here read is "
              + read.get()
              + " returning "
              + handled
              + " and write is "
              + write.get()
              + " returning "
              + write.get().getReturnType()
              + ".");
    }
    Resolution formType = codecs.resolve(form, site, "the JSON form of " + codecName);
    if (formType.type().isEmpty()) {
      return Optional.empty();
    }
    if (!(formType.type().get() instanceof JsonType.Scalar)
        && !(formType.type().get() instanceof JsonType.Text)) {
      return fail(
          site,
          codecName
              + " reads and writes "
              + form
              + ", but a codec's form must be one JSON value: a String, a primitive or its box,"
              + " or a type such as BigDecimal.");
    }
    TypeElement served = (TypeElement) ((DeclaredType) handled).asElement();
    String servedName = served.getQualifiedName().toString();
    if (Codecs.hasOwnMapping(servedName)) {
      return fail(
          site,
          codecName
              + " would serve "
              + served.getSimpleName()
              + ", which has a JSON mapping of its own that every channel relies on; give your"
              + " value a type of its own and the codec to that.");
    }
    String previous = codecOf.putIfAbsent(servedName, codec.getQualifiedName().toString());
    if (previous != null && !previous.equals(codec.getQualifiedName().toString())) {
      return fail(
          site,
          served.getSimpleName()
              + " has two codecs, "
              + previous
              + " and "
              + codec.getQualifiedName()
              + "; name one.");
    }
    JsonType.Custom custom =
        new JsonType.Custom(ClassName.get(served), ClassName.get(codec), formType.type().get());
    byType.put(servedName, Optional.of(custom));
    return Optional.of(custom);
  }

  private Optional<JsonType.Custom> fail(Element site, String message) {
    reporter.error(Tag.USER_CODEC, site, message);
    return Optional.empty();
  }

  /** The public static one-parameter method {@code name} of {@code codec}, if it has one. */
  private static Optional<ExecutableElement> method(TypeElement codec, String name) {
    return ElementFilter.methodsIn(codec.getEnclosedElements()).stream()
        .filter(m -> m.getSimpleName().contentEquals(name))
        .filter(m -> m.getModifiers().contains(Modifier.STATIC))
        .filter(m -> m.getModifiers().contains(Modifier.PUBLIC))
        .filter(m -> m.getParameters().size() == 1)
        .findFirst();
  }
}
