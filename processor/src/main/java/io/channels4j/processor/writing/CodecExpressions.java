package io.channels4j.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.JsonType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes how a generated {@code JsonCodec} reads and writes a value of a {@link JsonType} over
 * bytes: a {@code JsonInput} or {@code JsonOutput} call for a scalar, the runtime's {@code
 * JsonText} constant for a JDK type held as text, the other codec's {@code INSTANCE} for a
 * generated type, and for a container a private method of the codec being written, made once per
 * container type:
 *
 * <pre>{@code
 * in.nextString()                          out.value(name)
 * JsonText.UUID.read(in)                   JsonText.UUID.write(out, id)
 * MoneyCodec.read(in.nextString())         out.value(MoneyCodec.write(price))
 * KeeperJsonCodec.INSTANCE.read(in)        KeeperJsonCodec.INSTANCE.write(out, keeper)
 * readListOfString(in)                     writeListOfString(out, tags)
 * }</pre>
 *
 * A value read where JSON may hold {@code null} is {@code in.nextNull() ? null : ...}; elsewhere a
 * {@code null} makes the read miss, and the server's Moshi path answers the frame as it always did.
 */
final class CodecExpressions {
  private final Map<JsonType, MethodSpec> readers = new LinkedHashMap<>();
  private final Map<JsonType, MethodSpec> writers = new LinkedHashMap<>();

  /** The container methods the expressions written so far call, to add to the codec. */
  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>(readers.values());
    methods.addAll(writers.values());
    return methods;
  }

  /**
   * The {@code JsonCodec} instance of {@code type}, for a reply the runtime writes: a generated
   * codec's {@code INSTANCE}, a {@code JsonText} or {@code JsonScalars} constant; empty for a
   * container, an array or a type with a codec of the user's, whose replies Moshi writes.
   */
  static Optional<CodeBlock> codec(JsonType type) {
    if (type instanceof JsonType.Generated generated) {
      return Optional.of(CodeBlock.of("$T.INSTANCE", generated.codec()));
    }
    if (type instanceof JsonType.Text text) {
      return Optional.of(CodeBlock.of("$T.$N", Names.JSON_TEXT, text.kind().name()));
    }
    if (type instanceof JsonType.Scalar scalar) {
      return Optional.of(
          CodeBlock.of(
              "$T.$N", Names.JSON_SCALARS, scalarName(scalar.typeName()).toUpperCase(Locale.ROOT)));
    }
    return Optional.empty();
  }

  /** Reads a value of {@code type} that JSON must not give as {@code null}. */
  CodeBlock read(JsonType type) {
    if (type instanceof JsonType.Scalar scalar) {
      return CodeBlock.of("in.$N()", "next" + scalarName(scalar.typeName()));
    }
    if (type instanceof JsonType.Text text) {
      return CodeBlock.of("$T.$N.read(in)", Names.JSON_TEXT, text.kind().name());
    }
    if (type instanceof JsonType.Custom custom) {
      return CodeBlock.of("$T.read($L)", custom.codec(), read(custom.form()));
    }
    if (type instanceof JsonType.Generated generated) {
      return CodeBlock.of("$T.INSTANCE.read(in)", generated.codec());
    }
    if (type instanceof JsonType.Container container
        && container.kind() == JsonType.Kind.OPTIONAL) {
      return CodeBlock.of(
          "in.nextNull() ? $T.empty() : $T.of($L)",
          Optional.class,
          Optional.class,
          read(container.element()));
    }
    String method = "read" + capitalized(AdapterExpressions.describe(type));
    if (!readers.containsKey(type)) {
      MethodSpec reader = readerMethod(method, type); // adds the methods of its elements first
      readers.put(type, reader);
    }
    return CodeBlock.of("$N(in)", method);
  }

  /** Reads a value of {@code type} that JSON may give as {@code null}. */
  CodeBlock readNullable(JsonType type) {
    if (type instanceof JsonType.Container container
        && container.kind() == JsonType.Kind.OPTIONAL) {
      return read(type);
    }
    return CodeBlock.of("in.nextNull() ? null : $L", read(type));
  }

  /** Writes {@code value}, a non-null value of {@code type}. */
  CodeBlock write(JsonType type, CodeBlock value) {
    if (type instanceof JsonType.Scalar) {
      return CodeBlock.of("out.value($L)", value);
    }
    if (type instanceof JsonType.Text text) {
      return CodeBlock.of("$T.$N.write(out, $L)", Names.JSON_TEXT, text.kind().name(), value);
    }
    if (type instanceof JsonType.Custom custom) {
      return write(custom.form(), CodeBlock.of("$T.write($L)", custom.codec(), value));
    }
    if (type instanceof JsonType.Generated generated) {
      return CodeBlock.of("$T.INSTANCE.write(out, $L)", generated.codec(), value);
    }
    String method = "write" + capitalized(AdapterExpressions.describe(type));
    if (!writers.containsKey(type)) {
      MethodSpec writer = writerMethod(method, type);
      writers.put(type, writer);
    }
    return CodeBlock.of("$N(out, $L)", method, value);
  }

  /** Writes {@code value} of {@code type}, or JSON {@code null}: an element of a container. */
  private CodeBlock writeNullable(JsonType type, String value) {
    if (type.typeName().isPrimitive()) {
      return CodeBlock.of("$L;\n", write(type, CodeBlock.of("$N", value)));
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($N == null)", value)
        .addStatement("out.nullValue()")
        .nextControlFlow("else")
        .addStatement(write(type, CodeBlock.of("$N", value)))
        .endControlFlow()
        .build();
  }

  private MethodSpec readerMethod(String name, JsonType type) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE)
            .returns(type.typeName())
            .addParameter(Names.JSON_INPUT, "in");
    if (type instanceof JsonType.Container container) {
      JsonType element = container.element();
      if (container.kind() == JsonType.Kind.MAP) {
        method
            .addStatement("$T result = new $T<>()", container.typeName(), LinkedHashMap.class)
            .addStatement("in.beginObject()")
            .beginControlFlow("while (in.hasNext())")
            .beginControlFlow("if (result.put(in.name(), $L) != null)", readNullable(element))
            .addStatement("throw $T.miss()", Names.JSON_INPUT)
            .endControlFlow()
            .endControlFlow()
            .addStatement("in.endObject()");
      } else {
        Class<?> implementation =
            container.kind() == JsonType.Kind.SET ? LinkedHashSet.class : ArrayList.class;
        method
            .addStatement("$T result = new $T<>()", container.typeName(), implementation)
            .addStatement("in.beginArray()")
            .beginControlFlow("while (in.hasNext())")
            .addStatement("result.add($L)", readNullable(element))
            .endControlFlow()
            .addStatement("in.endArray()");
      }
      return method.addStatement("return result").build();
    }
    JsonType component = ((JsonType.Array) type).component();
    TypeName componentType = component.typeName();
    if (!componentType.isPrimitive()) {
      JsonType list = new JsonType.Container(JsonType.Kind.LIST, component);
      return method
          .addStatement("return $L.toArray($T::new)", read(list), ArrayTypeName.of(componentType))
          .build();
    }
    return method
        .addStatement("$T result = new $T[8]", type.typeName(), componentType)
        .addStatement("int size = 0")
        .addStatement("in.beginArray()")
        .beginControlFlow("while (in.hasNext())")
        .beginControlFlow("if (size == result.length)")
        .addStatement("result = $T.copyOf(result, size * 2)", java.util.Arrays.class)
        .endControlFlow()
        .addStatement("result[size++] = $L", read(component))
        .endControlFlow()
        .addStatement("in.endArray()")
        .addStatement("return $T.copyOf(result, size)", java.util.Arrays.class)
        .build();
  }

  private MethodSpec writerMethod(String name, JsonType type) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE)
            .addParameter(Names.JSON_OUTPUT, "out")
            .addParameter(type.typeName(), "value");
    if (type instanceof JsonType.Container container) {
      JsonType element = container.element();
      TypeName boxed = element.typeName().box();
      if (container.kind() == JsonType.Kind.OPTIONAL) {
        // An optional inside a container; as a member, an empty one is left out instead.
        return method
            .addStatement("$T element = value.orElse(null)", boxed)
            .addCode(writeNullable(element, "element"))
            .build();
      }
      if (container.kind() == JsonType.Kind.MAP) {
        ParameterizedTypeName entry =
            ParameterizedTypeName.get(
                ClassName.get(Map.Entry.class), ClassName.get(String.class), boxed);
        return method
            .addStatement("out.beginObject()")
            .beginControlFlow("for ($T entry : value.entrySet())", entry)
            .addComment("A null member is left out, as Moshi leaves it out")
            .beginControlFlow("if (entry.getValue() != null)")
            .addStatement("out.name(entry.getKey())")
            .addStatement(write(element, CodeBlock.of("entry.getValue()")))
            .endControlFlow()
            .endControlFlow()
            .addStatement("out.endObject()")
            .build();
      }
      return method
          .addStatement("out.beginArray()")
          .beginControlFlow("for ($T element : value)", boxed)
          .addCode(writeNullable(element, "element"))
          .endControlFlow()
          .addStatement("out.endArray()")
          .build();
    }
    JsonType component = ((JsonType.Array) type).component();
    return method
        .addStatement("out.beginArray()")
        .beginControlFlow("for ($T element : value)", component.typeName())
        .addCode(writeNullable(component, "element"))
        .endControlFlow()
        .addStatement("out.endArray()")
        .build();
  }

  /** {@code String}, {@code Int}, {@code Boolean}...: the JsonInput method's suffix. */
  private static String scalarName(TypeName type) {
    TypeName primitive = type.isBoxedPrimitive() ? type.unbox() : type;
    String name = primitive.isPrimitive() ? primitive.toString() : "string";
    return capitalized(name);
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
