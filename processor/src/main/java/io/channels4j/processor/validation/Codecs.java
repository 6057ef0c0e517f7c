package io.channels4j.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.CodecGraph;
import io.channels4j.processor.model.CodecModel;
import io.channels4j.processor.model.CodecModel.EnumCodec;
import io.channels4j.processor.model.CodecModel.EnumConstant;
import io.channels4j.processor.model.CodecModel.ObjectCodec;
import io.channels4j.processor.model.CodecModel.SealedCodec;
import io.channels4j.processor.model.CodecModel.Subtype;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.Property;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps Java types to {@link JsonType}s and builds the {@link CodecModel} of every record, class and
 * enum they reach, once per compilation.
 *
 * <p>Each unsupported type is reported once, on the member that declares it when that member is in
 * this compilation's sources, else on the channel element that reached it.
 */
public final class Codecs {
  private static final Set<String> SCALARS =
      Set.of(
          "java.lang.String",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Short",
          "java.lang.Byte",
          "java.lang.Double",
          "java.lang.Float",
          "java.lang.Boolean",
          "java.lang.Character");

  /** The JDK types held as one string or number, by qualified name; byte[] is an array. */
  private static final Map<String, JsonType.TextKind> TEXTS = new HashMap<>();

  static {
    for (JsonType.TextKind kind : JsonType.TextKind.values()) {
      if (kind.typeName instanceof ClassName className) {
        TEXTS.put(className.canonicalName(), kind);
      }
    }
  }

  /** The Java types that have a JSON mapping, for messages that say what to use instead. */
  static final String SUPPORTED =
      "String, primitives and their boxes, UUID, Instant, OffsetDateTime, LocalDate,"
          + " LocalDateTime, LocalTime, Duration and URI (as strings), BigDecimal and BigInteger"
          + " (as numbers), byte[] (as a base64 string), List, Set, Collection, Map<String, V>,"
          + " Optional, arrays, enums, records and classes of your own, sealed interfaces of"
          + " records, and any type with a codec named by @JsonWith or @Channel(codecs)";

  private static final Map<String, JsonType.Kind> CONTAINERS =
      Map.of(
          "java.util.List", JsonType.Kind.LIST,
          "java.util.Set", JsonType.Kind.SET,
          "java.util.Collection", JsonType.Kind.COLLECTION,
          "java.util.Map", JsonType.Kind.MAP,
          "java.util.Optional", JsonType.Kind.OPTIONAL);

  private final Reporter reporter;
  private final Mirrors mirrors;
  private final CodecReader reader;
  private final UserCodecs userCodecs;
  private Predicate<Element> inSources = element -> false;

  /** Every type seen, in discovery order; {@code null} marks a type that failed. */
  private final Map<String, CodecModel> codecs = new LinkedHashMap<>();

  private final Set<String> failed = new HashSet<>();

  /**
   * Builds codecs with {@code env}'s utilities, reporting unsupported types to {@code reporter}.
   */
  public Codecs(javax.annotation.processing.ProcessingEnvironment env, Reporter reporter) {
    this.reporter = reporter;
    this.mirrors = new Mirrors(env.getElementUtils());
    this.reader = new CodecReader(env, reporter, mirrors, this);
    this.userCodecs = new UserCodecs(env, mirrors, reporter, this);
  }

  /** Tells which elements have sources in this round, so errors can point into them. */
  public void setSources(Predicate<Element> inSources) {
    this.inSources = inSources;
  }

  /**
   * The JSON mapping of {@code type}; or none, after reporting why; or none yet, naming the types
   * that do not exist in this round.
   *
   * @param site the element to report on when the fault is not inside a source member
   * @param where a human description of the position, such as {@code ChatMessage.user}
   */
  Resolution resolve(TypeMirror type, Element site, String where) {
    switch (type.getKind()) {
      case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE:
        return Resolution.of(new JsonType.Scalar(TypeName.get(type)));
      case ARRAY:
        TypeMirror componentType = ((ArrayType) type).getComponentType();
        if (componentType.getKind() == TypeKind.BYTE) {
          return Resolution.of(new JsonType.Text(JsonType.TextKind.BYTES));
        }
        Resolution component = resolve(componentType, site, where);
        if (component.type().isPresent() && component.type().get() instanceof JsonType.Container) {
          return unsupported(
              type, site, where, "Java cannot create arrays of generic types; use a List instead");
        }
        return component.map(JsonType.Array::new);
      case ERROR:
        return Resolution.unresolved(type.toString());
      case DECLARED:
        return declared((DeclaredType) type, site, where);
      case TYPEVAR:
        return unsupported(
            type, site, where, "a type variable has no JSON mapping; use a concrete type");
      case WILDCARD:
        return unsupported(
            type, site, where, "wildcards have no JSON mapping; write List<Foo>, not List<? ...>");
      default:
        return unsupported(type, site, where, "it has no JSON mapping");
    }
  }

  /** Whether the type named {@code qualifiedName} is mapped by the codecs themselves. */
  static boolean hasOwnMapping(String qualifiedName) {
    return SCALARS.contains(qualifiedName)
        || TEXTS.containsKey(qualifiedName)
        || CONTAINERS.containsKey(qualifiedName);
  }

  /**
   * Registers the codec classes a channel names in {@code @Channel(codecs)}; they serve their types
   * in the whole compilation.
   */
  public void registerCodecs(List<TypeMirror> codecClasses, Element channel) {
    userCodecs.register(codecClasses, channel);
  }

  private Resolution declared(DeclaredType type, Element site, String where) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    Optional<Resolution> custom = userCodecs.find(type, site);
    if (custom.isPresent()) {
      return custom.get();
    }
    if (SCALARS.contains(name)) {
      return Resolution.of(new JsonType.Scalar(ClassName.get(element)));
    }
    JsonType.TextKind text = TEXTS.get(name);
    if (text != null) {
      return Resolution.of(new JsonType.Text(text));
    }
    if (!element.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
      return unsupported(
          type, site, where, "it is a raw type; give its type arguments, as in List<String>");
    }
    JsonType.Kind kind = CONTAINERS.get(name);
    if (kind != null) {
      List<? extends TypeMirror> arguments = type.getTypeArguments();
      if (kind == JsonType.Kind.MAP) {
        TypeMirror key = arguments.get(0);
        if (!(key.getKind() == TypeKind.DECLARED
            && ((TypeElement) ((DeclaredType) key).asElement())
                .getQualifiedName()
                .contentEquals("java.lang.String"))) {
          return unsupported(
              type,
              site,
              where,
              "JSON object keys are strings; use Map<String, V> and convert the keys yourself");
        }
        return resolve(arguments.get(1), site, where).map(v -> new JsonType.Container(kind, v));
      }
      return resolve(arguments.get(0), site, where).map(e -> new JsonType.Container(kind, e));
    }
    if (!type.getTypeArguments().isEmpty()) {
      return unsupported(
          type,
          site,
          where,
          "generic classes have no generated codec; use a concrete record or class without type"
              + " parameters");
    }
    if (name.startsWith("java.") || name.startsWith("javax.")) {
      return unsupported(type, site, where, "only " + SUPPORTED + " are supported");
    }
    return codec(element, site, where);
  }

  private Resolution codec(TypeElement element, Element site, String where) {
    String name = element.getQualifiedName().toString();
    ClassName type = ClassName.get(element);
    JsonType.Generated generated = new JsonType.Generated(type, CodecModel.adapterName(type));
    if (failed.contains(name)) {
      return Resolution.failed();
    }
    if (codecs.containsKey(name)) {
      return Resolution.of(generated); // done, or being built further up a cycle
    }
    codecs.put(name, null);
    int errorsBefore = reporter.errorCount();
    Element reportOn = inSources.test(element) ? element : site;
    CodecModel model = null;
    if (element.getKind() == ElementKind.ENUM) {
      model = enumCodec(element, type);
    } else if (isSealedInterface(element)) {
      Resolution[] pending = new Resolution[1];
      model = sealedCodec(element, type, reportOn, where, pending);
      if (pending[0] != null) {
        codecs.remove(name); // retried in a later round, when the missing type may exist
        return pending[0];
      }
    } else {
      List<CodecReader.Member> members = reader.read(element, reportOn, where);
      if (members != null) {
        List<Property> properties = new ArrayList<>();
        for (CodecReader.Member member : members) {
          Resolution resolution = resolve(member.type(), member.reportOn(), member.where());
          if (resolution.pending()) {
            codecs.remove(name); // retried in a later round, when the missing type may exist
            return resolution;
          }
          if (resolution.type().isEmpty()) {
            break;
          }
          properties.add(member.property().apply(resolution.type().get()));
        }
        if (properties.size() == members.size()) {
          model = new ObjectCodec(element, type, generated.adapter(), properties);
        }
      }
    }
    if (model == null || reporter.errorCount() != errorsBefore) {
      codecs.remove(name);
      failed.add(name);
      return Resolution.failed();
    }
    codecs.put(name, model);
    return Resolution.of(generated);
  }

  private static boolean isSealedInterface(TypeElement element) {
    return element.getKind() == ElementKind.INTERFACE
        && element.getModifiers().contains(Modifier.SEALED);
  }

  /**
   * The codec of a sealed interface whose permitted subtypes are all records, each with a label of
   * its own and no member named like the discriminator; {@code null} after reporting why not. A
   * subtype that does not exist yet puts its resolution in {@code pending}.
   */
  private SealedCodec sealedCodec(
      TypeElement element, ClassName type, Element reportOn, String where, Resolution[] pending) {
    String discriminator =
        Mirrors.find(element, Names.JSON_DISCRIMINATOR)
            .map(annotation -> mirrors.string(annotation, "value"))
            .orElse("type");
    List<Subtype> subtypes = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    boolean valid = true;
    for (TypeMirror permitted : element.getPermittedSubclasses()) {
      TypeElement subtype = (TypeElement) ((DeclaredType) permitted).asElement();
      Element at = inSources.test(subtype) ? subtype : reportOn;
      String subtypeName = subtype.getSimpleName().toString();
      if (subtype.getKind() != ElementKind.RECORD) {
        reporter.error(
            Tag.SEALED,
            at,
            subtypeName
                + " ("
                + where
                + ") is a subtype of the sealed interface "
                + element.getSimpleName()
                + " but not a record; every subtype of a sealed JSON type must be a record, so"
                + " that its members say how to read it.");
        valid = false;
        continue;
      }
      String label =
          Mirrors.find(subtype, Names.JSON_SUBTYPE)
              .map(annotation -> mirrors.string(annotation, "value"))
              .orElse(subtypeName);
      String other = labels.putIfAbsent(label, subtypeName);
      if (other != null) {
        reporter.error(
            Tag.SEALED,
            at,
            subtypeName
                + " and "
                + other
                + " are both labelled '"
                + label
                + "' in the sealed interface "
                + element.getSimpleName()
                + "; give one another label with @JsonSubtype.");
        valid = false;
        continue;
      }
      Resolution resolution = resolve(permitted, at, where);
      if (resolution.pending()) {
        pending[0] = resolution;
        return null;
      }
      if (resolution.type().isEmpty()) {
        valid = false;
        continue;
      }
      JsonType.Generated generated = (JsonType.Generated) resolution.type().get();
      if (codecs.get(subtype.getQualifiedName().toString()) instanceof ObjectCodec record
          && record.properties().stream().anyMatch(p -> p.jsonName().equals(discriminator))) {
        reporter.error(
            Tag.SEALED,
            at,
            subtypeName
                + " has a member named '"
                + discriminator
                + "', the discriminator of the sealed interface "
                + element.getSimpleName()
                + ", so the two would share one JSON member; rename the member with @Json(name"
                + " = \"...\") or choose another discriminator with @JsonDiscriminator.");
        valid = false;
        continue;
      }
      subtypes.add(new Subtype(generated, label));
    }
    return valid
        ? new SealedCodec(element, type, CodecModel.adapterName(type), discriminator, subtypes)
        : null;
  }

  private EnumCodec enumCodec(TypeElement element, ClassName type) {
    List<EnumConstant> constants = new ArrayList<>();
    for (Element enclosed : element.getEnclosedElements()) {
      if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
        String javaName = enclosed.getSimpleName().toString();
        String jsonName =
            Mirrors.find(enclosed, Names.JSON)
                .map(json -> mirrors.string(json, "name"))
                .filter(n -> !n.equals("\u0000"))
                .orElse(javaName);
        constants.add(new EnumConstant(javaName, jsonName));
      }
    }
    return new EnumCodec(element, type, CodecModel.adapterName(type), constants);
  }

  /**
   * The object codecs whose members the JSON object of {@code type} holds: the type's own; each
   * record's, for a sealed interface; for an {@code Optional}, its element's; none for any other
   * mapping, or a type not built.
   */
  List<ObjectCodec> objectCodecs(JsonType type) {
    if (type instanceof JsonType.Container container
        && container.kind() == JsonType.Kind.OPTIONAL) {
      return objectCodecs(container.element());
    }
    if (!(type instanceof JsonType.Generated generated)) {
      return List.of();
    }
    CodecModel codec = codecs.get(generated.typeName().canonicalName());
    if (codec instanceof ObjectCodec object) {
      return List.of(object);
    }
    if (codec instanceof SealedCodec sealed) {
      return sealed.subtypes().stream().flatMap(s -> objectCodecs(s.type()).stream()).toList();
    }
    return List.of();
  }

  /** The sealed codec of {@code type} (or of an {@code Optional}'s element), if it has one. */
  Optional<SealedCodec> sealedCodec(JsonType type) {
    if (type instanceof JsonType.Container container
        && container.kind() == JsonType.Kind.OPTIONAL) {
      return sealedCodec(container.element());
    }
    return type instanceof JsonType.Generated generated
            && codecs.get(generated.typeName().canonicalName()) instanceof SealedCodec sealed
        ? Optional.of(sealed)
        : Optional.empty();
  }

  /** Whether {@code element} is in this round's sources, so it has a line to point at. */
  public boolean inSources(Element element) {
    return inSources.test(element);
  }

  Resolution unsupported(TypeMirror type, Element site, String where, String why) {
    reporter.error(
        Tag.UNSUPPORTED_TYPE,
        site,
        type + " (" + where + ") cannot be read or written as JSON: " + why + ".");
    return Resolution.failed();
  }

  /** The codecs built so far that are reachable from {@code roots}, in discovery order. */
  List<CodecModel> reachable(Collection<JsonType> roots) {
    List<CodecModel> built = new ArrayList<>();
    for (CodecModel codec : codecs.values()) {
      if (codec != null) {
        built.add(codec);
      }
    }
    return new CodecGraph(built).reachable(roots);
  }

  /** Whether {@code element} and every type enclosing it can be named from its package. */
  static boolean reachableFromPackage(TypeElement element) {
    for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code element} needs no outer instance: top-level, static, or implicitly static. */
  static boolean isStatic(TypeElement element) {
    return !element.getNestingKind().isNested()
        || element.getModifiers().contains(Modifier.STATIC)
        || element.getKind() != ElementKind.CLASS
        || isInterface(element.getEnclosingElement());
  }

  /** Whether {@code element} is public, or a member of an interface (implicitly public). */
  static boolean isPublic(Element element) {
    return element.getModifiers().contains(Modifier.PUBLIC)
        || isInterface(element.getEnclosingElement());
  }

  private static boolean isInterface(Element element) {
    return element != null
        && (element.getKind() == ElementKind.INTERFACE
            || element.getKind() == ElementKind.ANNOTATION_TYPE);
  }
}
