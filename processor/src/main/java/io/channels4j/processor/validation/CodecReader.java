package io.channels4j.processor.validation;

import io.channels4j.processor.Names;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.Property;
import io.channels4j.processor.model.Property.Access;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the JSON properties of a record or class, and how the generated codec constructs it.
 *
 * <p>A record is built with its canonical constructor. A class is built with the non-private
 * constructor whose parameters are all named and typed like its fields (the one with most
 * parameters), else with a non-private no-argument constructor followed by setters or non-final
 * fields. Values are read back with the record accessors, fields or getters.
 */
final class CodecReader {
  private final Elements elements;
  private final Types types;
  private final Reporter reporter;
  private final Mirrors mirrors;
  private final Codecs codecs;
  private final ConstraintReader constraints;

  CodecReader(ProcessingEnvironment env, Reporter reporter, Mirrors mirrors, Codecs codecs) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.reporter = reporter;
    this.mirrors = mirrors;
    this.codecs = codecs;
    this.constraints = new ConstraintReader(reporter, mirrors);
  }

  /**
   * A member of a record or class, read from its declaration, waiting for its type's JSON mapping.
   *
   * @param reportOn where an error about the member's type goes
   * @param where a human description of the member, such as {@code ChatMessage.user}
   * @param property the property, given the mapping of {@code type}
   */
  record Member(
      String javaName,
      String jsonName,
      TypeMirror type,
      Element reportOn,
      String where,
      Function<JsonType, Property> property) {}

  /**
   * The JSON members of {@code element}, in declaration order, or {@code null} after reporting why
   * no codec can read and write it.
   */
  List<Member> read(TypeElement element, Element site, String where) {
    String name = element.getSimpleName().toString();
    if (!Codecs.reachableFromPackage(element)) {
      cannotCodec(
          Tag.VISIBILITY,
          site,
          element,
          where,
          "is private, so its generated codec cannot name it; make it package-private"
              + " or public.");
      return null;
    }
    if (element.getKind() == ElementKind.INTERFACE
        || element.getModifiers().contains(Modifier.ABSTRACT)) {
      cannotCodec(
          Tag.UNSUPPORTED_TYPE,
          site,
          element,
          where,
          "is an interface or abstract class, so a codec cannot construct it; use a"
              + " concrete record or class, or a sealed interface whose subtypes are records.");
      return null;
    }
    if (!Codecs.isStatic(element)) {
      cannotCodec(
          Tag.PAYLOAD_CONSTRUCTOR,
          site,
          element,
          where,
          "is an inner class, so it needs an outer instance to be constructed; make it"
              + " static.");
      return null;
    }
    List<Member> properties =
        element.getKind() == ElementKind.RECORD
            ? recordProperties(element, site)
            : classProperties(element, site, where);
    if (properties == null) {
      return null;
    }
    Map<String, Member> byJsonName = new HashMap<>();
    for (Member property : properties) {
      Member other = byJsonName.putIfAbsent(property.jsonName(), property);
      if (other != null) {
        reporter.error(
            Tag.JSON_NAME,
            site,
            name
                + "."
                + other.javaName()
                + " and "
                + name
                + "."
                + property.javaName()
                + " share the JSON name '"
                + property.jsonName()
                + "'; give one of them another @Json(name = ...).");
      }
    }
    return properties;
  }

  private List<Member> recordProperties(TypeElement element, Element site) {
    List<Member> properties = new ArrayList<>();
    for (RecordComponentElement component : element.getRecordComponents()) {
      String javaName = component.getSimpleName().toString();
      List<Element> annotated = new ArrayList<>();
      annotated.add(component);
      annotated.add(component.getAccessor());
      // Errors go on the component's private field: javac 17 has no position for the component.
      Element reportOn = component.getAccessor();
      for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
        if (field.getSimpleName().contentEquals(javaName)) {
          annotated.add(field);
          reportOn = field;
        }
      }
      Member property =
          property(
              element,
              reportOn,
              site,
              component.asType(),
              annotated,
              javaName,
              Access.method(component.getAccessor().getSimpleName().toString()),
              Optional.empty());
      if (!kept(properties, property)) {
        return null;
      }
    }
    return properties;
  }

  private List<Member> classProperties(TypeElement element, Element site, String where) {
    Map<String, VariableElement> fields = new java.util.LinkedHashMap<>();
    for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC)
          && !field.getModifiers().contains(Modifier.TRANSIENT)) {
        fields.put(field.getSimpleName().toString(), field);
      }
    }
    List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(element));
    ExecutableElement best = null;
    boolean noArgs = false;
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if (constructor.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      if (constructor.getParameters().isEmpty()) {
        noArgs = true;
      } else if (matchesFields(constructor, fields)
          && (best == null || constructor.getParameters().size() > best.getParameters().size())) {
        best = constructor;
      }
    }
    List<Member> properties = new ArrayList<>();
    if (best != null) {
      for (VariableElement parameter : best.getParameters()) {
        String javaName = parameter.getSimpleName().toString();
        VariableElement field = fields.get(javaName);
        Optional<ExecutableElement> getter = getter(methods, javaName, field.asType());
        boolean fieldReadable = !field.getModifiers().contains(Modifier.PRIVATE);
        if (!fieldReadable && getter.isEmpty()) {
          reporter.error(
              Tag.PAYLOAD_CONSTRUCTOR,
              codecs.inSources(field) ? field : site,
              element.getSimpleName()
                  + "."
                  + javaName
                  + " ("
                  + where
                  + ") is private and has no getter, so its codec cannot write it; add a"
                  + " getter or make the field non-private.");
          return null;
        }
        List<Element> annotated = new ArrayList<>(List.of(parameter, field));
        getter.ifPresent(annotated::add);
        Access read = fieldReadable ? Access.field(javaName) : method(getter.get());
        if (!kept(properties, fieldProperty(element, field, site, annotated, read, null))) {
          return null;
        }
      }
      return properties;
    }
    if (!noArgs) {
      cannotCodec(
          Tag.PAYLOAD_CONSTRUCTOR,
          site,
          element,
          where,
          "has no usable constructor: add a public constructor whose parameters are named"
              + " and typed like its fields, or a public no-argument constructor with setters, or"
              + " make it a record.");
      return null;
    }
    for (VariableElement field : fields.values()) {
      String javaName = field.getSimpleName().toString();
      boolean fieldAccessible = !field.getModifiers().contains(Modifier.PRIVATE);
      Optional<ExecutableElement> getter = getter(methods, javaName, field.asType());
      Optional<ExecutableElement> setter = setter(methods, javaName, field.asType());
      boolean writableField = fieldAccessible && !field.getModifiers().contains(Modifier.FINAL);
      if ((!fieldAccessible && getter.isEmpty()) || (!writableField && setter.isEmpty())) {
        continue; // not a property: the codec could not both read and write it
      }
      List<Element> annotated = new ArrayList<>(List.of(field));
      getter.ifPresent(annotated::add);
      setter.ifPresent(
          s -> {
            annotated.add(s);
            annotated.add(s.getParameters().get(0));
          });
      Access read = fieldAccessible ? Access.field(javaName) : method(getter.get());
      Access write = writableField ? Access.field(javaName) : method(setter.get());
      if (!kept(properties, fieldProperty(element, field, site, annotated, read, write))) {
        return null;
      }
    }
    return properties;
  }

  /** Reports that no codec can handle {@code element} ({@code where}), and {@code why}. */
  private void cannotCodec(Tag tag, Element site, TypeElement element, String where, String why) {
    reporter.error(tag, site, element.getQualifiedName() + " (" + where + ") " + why);
  }

  /**
   * Adds {@code property} to {@code properties} unless it is {@link #IGNORED}; false if it is
   * {@code null}, an error already reported.
   */
  private static boolean kept(List<Member> properties, Member property) {
    if (property == null) {
      return false;
    }
    if (property != IGNORED) {
      properties.add(property);
    }
    return true;
  }

  /**
   * The property of a class's {@code field}, read through {@code read} and written through {@code
   * write}, or by the constructor when {@code write} is {@code null}.
   */
  private Member fieldProperty(
      TypeElement owner,
      VariableElement field,
      Element site,
      List<Element> annotated,
      Access read,
      Access write) {
    String javaName = field.getSimpleName().toString();
    return property(
        owner, field, site, field.asType(), annotated, javaName, read, Optional.ofNullable(write));
  }

  private boolean matchesFields(
      ExecutableElement constructor, Map<String, VariableElement> fields) {
    for (VariableElement parameter : constructor.getParameters()) {
      VariableElement field = fields.get(parameter.getSimpleName().toString());
      if (field == null || !types.isSameType(field.asType(), parameter.asType())) {
        return false;
      }
    }
    return true;
  }

  private Optional<ExecutableElement> getter(
      List<ExecutableElement> methods, String name, TypeMirror type) {
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String candidate : List.of("get" + capitalized, "is" + capitalized, name)) {
      for (ExecutableElement method : methods) {
        if (method.getSimpleName().contentEquals(candidate)
            && method.getParameters().isEmpty()
            && !method.getModifiers().contains(Modifier.PRIVATE)
            && !method.getModifiers().contains(Modifier.STATIC)
            && types.isSameType(method.getReturnType(), type)
            && (!candidate.startsWith("is") || type.getKind() == TypeKind.BOOLEAN)) {
          return Optional.of(method);
        }
      }
    }
    return Optional.empty();
  }

  private Optional<ExecutableElement> setter(
      List<ExecutableElement> methods, String name, TypeMirror type) {
    String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (ExecutableElement method : methods) {
      if (method.getSimpleName().contentEquals(setter)
          && method.getParameters().size() == 1
          && !method.getModifiers().contains(Modifier.PRIVATE)
          && !method.getModifiers().contains(Modifier.STATIC)
          && types.isSameType(method.getParameters().get(0).asType(), type)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  private static Access method(ExecutableElement method) {
    return Access.method(method.getSimpleName().toString());
  }

  /** Marks a member skipped by {@code @Json(ignore = true)}. */
  private static final Member IGNORED = new Member("", "", null, null, "", json -> null);

  private Member property(
      TypeElement owner,
      Element member,
      Element site,
      TypeMirror type,
      List<Element> annotated,
      String javaName,
      Access read,
      Optional<Access> write) {
    Element reportOn = codecs.inSources(member) ? member : site;
    String where = owner.getSimpleName() + "." + javaName;
    String jsonName = javaName;
    boolean nullable = false;
    for (Element element : annotated) {
      TypeMirror declared =
          element instanceof ExecutableElement method ? method.getReturnType() : element.asType();
      nullable |= Mirrors.hasSimpleName(element, declared, "Nullable");
      Optional<AnnotationMirror> json = Mirrors.find(element, Names.JSON);
      if (json.isPresent()) {
        String name = mirrors.string(json.get(), "name");
        if (!name.equals("\u0000")) {
          jsonName = name;
        }
        if (mirrors.bool(json.get(), "ignore")) {
          if (write.isPresent()) {
            return IGNORED;
          }
          reporter.error(
              Tag.JSON_NAME,
              reportOn,
              json.get(),
              where
                  + " is a constructor argument, so @Json(ignore = true) would leave it without a"
                  + " value; remove the annotation, or make "
                  + owner.getSimpleName()
                  + " a class with setters.");
          return null;
        }
      }
    }
    List<Element> declaring = new ArrayList<>(List.of(member));
    annotated.stream().filter(element -> element != member).forEach(declaring::add);
    ConstraintReader.Read checks = constraints.read(declaring, type, reportOn, where);
    if (checks == null) {
      return null;
    }
    // An Optional is nullable whatever its annotations say, a primitive never is.
    boolean annotatedNullable = nullable;
    boolean primitive = type.getKind().isPrimitive();
    String name = jsonName;
    return new Member(
        javaName,
        jsonName,
        type,
        reportOn,
        where,
        json -> {
          checks.appliesTo(json); // a misplaced constraint is reported, and the codec fails
          return new Property(
              javaName,
              name,
              json,
              !primitive && (annotatedNullable || isOptional(json)),
              read,
              write,
              member,
              checks.constraints(),
              checks.cascade());
        });
  }

  private static boolean isOptional(JsonType type) {
    return type instanceof JsonType.Container c && c.kind() == JsonType.Kind.OPTIONAL;
  }
}
