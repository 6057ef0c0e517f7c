package io.channels4j.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.CodecGraph;
import io.channels4j.processor.model.JsonType;

/**
 * Writes the expression that builds the {@code JsonAdapter} of a {@link JsonType} from a {@code
 * Moshi}, without reflection:
 *
 * <pre>{@code
 * moshi.adapter(String.class)                                  // String, primitives, boxes
 * JsonText.UUID.adapter()                                      // UUID, BigDecimal, byte[]...
 * JsonAdapters.mapped(moshi.adapter(String.class), MoneyCodec::read, MoneyCodec::write, "Money")
 * new ChatMessageJsonAdapter(moshi).nullSafe()                 // generated codecs
 * JsonAdapters.list(new ChatMessageJsonAdapter(moshi).nullSafe())
 * JsonAdapters.array(moshi.adapter(String.class), String[]::new)
 * JsonAdapters.intArray(moshi.adapter(int.class))
 * }</pre>
 *
 * <p>A codec that can contain itself uses {@code this}; one inside a longer cycle makes the other
 * codec on first use with {@code JsonAdapters.lazy(() -> new ChildJsonAdapter(moshi).nullSafe())},
 * so no constructor recurses and no {@code Moshi} lookup can fall back to reflection.
 */
final class AdapterExpressions {
  private final CodecGraph codecs;

  /** Writes adapters that may refer to the codecs of {@code codecs}, cycles included. */
  AdapterExpressions(CodecGraph codecs) {
    this.codecs = codecs;
  }

  /** The type of a field holding the adapter of {@code type}. */
  static TypeName adapterType(JsonType type) {
    return ParameterizedTypeName.get(Names.JSON_ADAPTER, type.typeName().box());
  }

  /**
   * The adapter of {@code type}.
   *
   * @param owner the generated codec being written, or {@code null} in a dispatcher
   * @param nullSafe whether a generated codec must read and write {@code null}
   */
  CodeBlock adapter(JsonType type, String moshi, ClassName owner, boolean nullSafe) {
    if (type instanceof JsonType.Scalar scalar) {
      return CodeBlock.of("$N.adapter($T.class)", moshi, scalar.typeName());
    }
    if (type instanceof JsonType.Text text) {
      return CodeBlock.of("$T.$N.adapter()", Names.JSON_TEXT, text.kind().name());
    }
    if (type instanceof JsonType.Custom custom) {
      return CodeBlock.of(
          "$T.mapped($L,$W$T::read,$W$T::write,$W$S)",
          Names.JSON_ADAPTERS,
          adapter(custom.form(), moshi, owner, true),
          custom.codec(),
          custom.codec(),
          custom.typeName().simpleName());
    }
    if (type instanceof JsonType.Generated generated) {
      CodeBlock direct;
      if (generated.typeName().equals(owner)) {
        direct = CodeBlock.of("this");
      } else if (owner != null && codecs.reaches(generated, owner)) {
        // Made on first use, or the two constructors would call each other forever.
        return CodeBlock.of(
            "$T.lazy(() -> new $T($N).nullSafe())",
            Names.JSON_ADAPTERS,
            generated.adapter(),
            moshi);
      } else {
        direct = CodeBlock.of("new $T($N)", generated.adapter(), moshi);
      }
      return nullSafe ? CodeBlock.of("$L.nullSafe()", direct) : direct;
    }
    if (type instanceof JsonType.Container container) {
      return CodeBlock.of(
          "$T.$N($L)",
          Names.JSON_ADAPTERS,
          container.kind().factoryMethod,
          adapter(container.element(), moshi, owner, true));
    }
    JsonType.Array array = (JsonType.Array) type;
    TypeName component = array.component().typeName();
    if (component.isPrimitive()) {
      return CodeBlock.of(
          "$T.$N($L)",
          Names.JSON_ADAPTERS,
          component + "Array",
          adapter(array.component(), moshi, owner, true));
    }
    return CodeBlock.of(
        "$T.array($L,$W$T::new)",
        Names.JSON_ADAPTERS,
        adapter(array.component(), moshi, owner, true),
        ArrayTypeName.of(component));
  }

  /** A readable field name for the adapter of {@code type}, such as {@code listOfFooAdapter}. */
  static String fieldName(JsonType type) {
    String base = describe(type);
    return Character.toLowerCase(base.charAt(0)) + base.substring(1) + "Adapter";
  }

  /** {@code String}, {@code listOfFoo}, {@code intArray}: a type's name in generated names. */
  static String describe(JsonType type) {
    if (type instanceof JsonType.Scalar scalar) {
      TypeName name = scalar.typeName();
      return name.isPrimitive() ? name.toString() : ((ClassName) name).simpleName();
    }
    if (type instanceof JsonType.Text text) {
      return text.kind().shortName;
    }
    if (type instanceof JsonType.Custom custom) {
      return String.join("", custom.typeName().simpleNames());
    }
    if (type instanceof JsonType.Generated generated) {
      return String.join("", generated.typeName().simpleNames());
    }
    if (type instanceof JsonType.Container container) {
      String kind = container.kind().factoryMethod;
      String element = describe(container.element());
      return kind + "Of" + Character.toUpperCase(element.charAt(0)) + element.substring(1);
    }
    return describe(((JsonType.Array) type).component()) + "Array";
  }
}
