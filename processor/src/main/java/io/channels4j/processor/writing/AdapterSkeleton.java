package io.channels4j.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.CodecModel;
import io.channels4j.processor.model.JsonType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/** What every generated adapter shares, object or enum: its class, options and signatures. */
final class AdapterSkeleton {
  private AdapterSkeleton() {}

  /**
   * {@code public final class FooJsonAdapter extends JsonAdapter<Foo>}, read as a JSON {@code
   * shape}.
   */
  static TypeSpec.Builder adapterClass(CodecModel codec, String shape) {
    return Generation.generatedClass(
            codec.adapter(), codec.element(), Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(
            "Reads and writes {@link $T} as a JSON $L, without reflection.\n", codec.type(), shape)
        .superclass(ParameterizedTypeName.get(Names.JSON_ADAPTER, codec.type()));
  }

  /** {@code private static final JsonReader.Options OPTIONS = JsonReader.Options.of("a", "b")}. */
  static FieldSpec options(String name, List<String> jsonNames) {
    return FieldSpec.builder(
            Names.JSON_READER_OPTIONS, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(
            "$T.of($L)", Names.JSON_READER_OPTIONS, Generation.commaSeparated("$S", jsonNames))
        .build();
  }

  /**
   * One final field per adapter, named by {@code adapters}, each set in {@code constructor} to the
   * expression {@code create} gives for its type.
   */
  static void adapterFields(
      TypeSpec.Builder type,
      MethodSpec.Builder constructor,
      Map<JsonType, String> adapters,
      Function<JsonType, CodeBlock> create) {
    adapters.forEach(
        (json, field) -> {
          type.addField(
              AdapterExpressions.adapterType(json), field, Modifier.PRIVATE, Modifier.FINAL);
          constructor.addStatement("this.$N =$W$L", field, create.apply(json));
        });
  }

  /** {@code public Foo fromJson(JsonReader reader) throws IOException}, without a body. */
  static MethodSpec.Builder fromJson(ClassName type, String reader) {
    return Generation.override("fromJson")
        .returns(type)
        .addParameter(Names.JSON_READER, reader)
        .addException(IOException.class);
  }

  /**
   * {@code public void toJson(JsonWriter writer, Foo value) throws IOException}, its body begun
   * with Moshi's own message for a {@code null} given to an adapter that is not null-safe.
   */
  static MethodSpec.Builder toJson(ClassName type, String writer, String value) {
    return Generation.override("toJson")
        .addParameter(Names.JSON_WRITER, writer)
        .addParameter(type, value)
        .addException(IOException.class)
        .beginControlFlow("if ($N == null)", value)
        .addStatement(
            "throw new $T($W$S)",
            NullPointerException.class,
            "value was null! Wrap in .nullSafe() to write nullable values.")
        .endControlFlow();
  }

  /** {@code toString()} as Moshi's generated adapters write it. */
  static MethodSpec toStringMethod(ClassName type) {
    return Generation.override("toString")
        .returns(String.class)
        .addStatement(
            "return $S", "GeneratedJsonAdapter(" + String.join(".", type.simpleNames()) + ")")
        .build();
  }
}
