package io.channels4j.processor.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/** A Java type the generated code can read and write as JSON, and how. */
public sealed interface JsonType {

  /** The Java type as written in a declaration; primitive where the source type is. */
  TypeName typeName();

  /** The element of an {@code Optional}, or this type itself. */
  default JsonType unwrapOptional() {
    return this instanceof Container container && container.kind() == Kind.OPTIONAL
        ? container.element()
        : this;
  }

  /** A string, primitive or box: read by Moshi's built-in adapter. */
  record Scalar(TypeName typeName) implements JsonType {}

  /**
   * A JDK type JSON holds as the text of one string or number, such as a {@code UUID}, read and
   * written by the runtime's {@code JsonText} constant of the same name as its {@link TextKind}.
   */
  record Text(TextKind kind) implements JsonType {
    @Override
    public TypeName typeName() {
      return kind.typeName;
    }
  }

  /**
   * A type of the user's that JSON holds as the {@code form}: its codec class's {@code static T
   * read(X)} and {@code static X write(T)} convert it.
   */
  record Custom(ClassName typeName, ClassName codec, JsonType form) implements JsonType {}

  /**
   * A record, class or enum with a generated {@code <Name>JsonAdapter} and {@code <Name>JsonCodec}.
   */
  record Generated(ClassName typeName, ClassName adapter) implements JsonType {
    /** The byte-level codec generated beside the adapter. */
    public ClassName codec() {
      return CodecModel.codecName(typeName);
    }
  }

  /**
   * A {@code List}, {@code Set}, {@code Collection}, {@code Optional} or {@code Map<String, V>}.
   */
  record Container(Kind kind, JsonType element) implements JsonType {
    @Override
    public TypeName typeName() {
      TypeName e = element.typeName().box();
      if (kind == Kind.MAP) {
        return ParameterizedTypeName.get(kind.className, ClassName.get(String.class), e);
      }
      return ParameterizedTypeName.get(kind.className, e);
    }
  }

  /** An array of any supported type. */
  record Array(JsonType component) implements JsonType {
    @Override
    public TypeName typeName() {
      return ArrayTypeName.of(component.typeName());
    }
  }

  /** The types of {@link Text}; each constant is named as the runtime's {@code JsonText} one. */
  enum TextKind {
    UUID(ClassName.get("java.util", "UUID"), "uuid"),
    INSTANT(ClassName.get("java.time", "Instant"), "instant"),
    OFFSET_DATE_TIME(ClassName.get("java.time", "OffsetDateTime"), "offsetDateTime"),
    LOCAL_DATE(ClassName.get("java.time", "LocalDate"), "localDate"),
    LOCAL_DATE_TIME(ClassName.get("java.time", "LocalDateTime"), "localDateTime"),
    LOCAL_TIME(ClassName.get("java.time", "LocalTime"), "localTime"),
    DURATION(ClassName.get("java.time", "Duration"), "duration"),
    URI(ClassName.get("java.net", "URI"), "uri"),
    BYTES(ArrayTypeName.of(TypeName.BYTE), "bytes"),
    BIG_DECIMAL(ClassName.get("java.math", "BigDecimal"), "bigDecimal"),
    BIG_INTEGER(ClassName.get("java.math", "BigInteger"), "bigInteger");

    public final TypeName typeName;

    /** The type's name in generated names, such as {@code uuidAdapter}. */
    public final String shortName;

    TextKind(TypeName typeName, String shortName) {
      this.typeName = typeName;
      this.shortName = shortName;
    }
  }

  /** The supported containers. */
  enum Kind {
    LIST(ClassName.get("java.util", "List"), "list"),
    SET(ClassName.get("java.util", "Set"), "set"),
    COLLECTION(ClassName.get("java.util", "Collection"), "collection"),
    MAP(ClassName.get("java.util", "Map"), "map"),
    OPTIONAL(ClassName.get("java.util", "Optional"), "optional");

    public final ClassName className;
    public final String factoryMethod;

    Kind(ClassName className, String factoryMethod) {
      this.className = className;
      this.factoryMethod = factoryMethod;
    }
  }
}
