package io.channels4j.processor.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/** A Java type the generated code can read and write as JSON, and how. */
public sealed interface JsonType {

  /** The Java type as written in a declaration; primitive where the source type is. */
  TypeName typeName();

  /** A string, primitive or box: read by Moshi's built-in adapter. */
  record Scalar(TypeName typeName) implements JsonType {}

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
