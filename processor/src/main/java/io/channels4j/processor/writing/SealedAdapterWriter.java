package io.channels4j.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.CodecGraph;
import io.channels4j.processor.model.CodecModel.SealedCodec;
import io.channels4j.processor.model.CodecModel.Subtype;
import io.channels4j.processor.model.JsonType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.lang.model.element.Modifier;

/**
 * Writes the Moshi adapter of a sealed interface of records: it finds the discriminator in a peek
 * of the object, wherever it stands, and hands the object to the labelled record's adapter, which
 * skips the discriminator as a name it does not have; it writes the discriminator first, then the
 * record's members in the same object, as Moshi's own polymorphic adapters do.
 *
 * <pre>{@code
 * public Shape fromJson(JsonReader reader) throws IOException {
 *   return switch (label(reader.peekJson())) {
 *     case 0 -> circleAdapter.fromJson(reader);
 *     default -> squareAdapter.fromJson(reader);
 *   };
 * }
 *
 * public void toJson(JsonWriter writer, Shape value) throws IOException {
 *   writer.beginObject();
 *   writer.name("type");
 *   int flattened = writer.beginFlatten();
 *   if (value instanceof Circle circle) {
 *     writer.value("circle");
 *     circleAdapter.toJson(writer, circle);
 *   } else ...
 *   writer.endFlatten(flattened);
 *   writer.endObject();
 * }
 * }</pre>
 */
public final class SealedAdapterWriter {
  /** Writes sealed adapters. */
  public SealedAdapterWriter() {}

  /** The adapter of {@code codec}, whose records may refer back to it through {@code codecs}. */
  public JavaFile write(SealedCodec codec, CodecGraph codecs) {
    AdapterExpressions expressions = new AdapterExpressions(codecs);
    Map<JsonType, String> adapters = new LinkedHashMap<>();
    for (Subtype subtype : codec.subtypes()) {
      adapters.put(subtype.type(), AdapterExpressions.fieldName(subtype.type()));
    }
    List<String> labels = codec.subtypes().stream().map(Subtype::label).toList();

    TypeSpec.Builder type = AdapterSkeleton.adapterClass(codec, "object of one of its records");
    type.addField(AdapterSkeleton.options("DISCRIMINATOR", List.of(codec.discriminator())));
    type.addField(AdapterSkeleton.options("LABELS", labels));
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Names.MOSHI_CLASS, "moshi");
    AdapterSkeleton.adapterFields(
        type,
        constructor,
        adapters,
        json -> expressions.adapter(json, "moshi", codec.type(), false));
    type.addMethod(constructor.build());

    CodeBlock.Builder cases = CodeBlock.builder();
    for (int i = 0; i < codec.subtypes().size(); i++) {
      String adapter = adapters.get(codec.subtypes().get(i).type());
      if (i < codec.subtypes().size() - 1) {
        cases.add("case $L -> $N.fromJson(reader);\n", i, adapter);
      } else {
        cases.add("default -> $N.fromJson(reader);\n", adapter); // label() returns no other
      }
    }
    type.addMethod(
        AdapterSkeleton.fromJson(codec.type(), "reader")
            .addCode("return switch (label(reader.peekJson())) {\n$>")
            .addCode(cases.build())
            .addCode("$<};\n")
            .build());
    type.addMethod(label(codec, labels));

    MethodSpec.Builder toJson =
        AdapterSkeleton.toJson(codec.type(), "writer", "value")
            .addStatement("writer.beginObject()")
            .addStatement("writer.name($S)", codec.discriminator())
            .addStatement("int flattened = writer.beginFlatten()");
    eachSubtype(
        toJson,
        codec,
        (subtype, local) -> {
          toJson.addStatement("writer.value($S)", subtype.label());
          toJson.addStatement("$N.toJson(writer, $N)", adapters.get(subtype.type()), local);
        });
    toJson.addStatement("writer.endFlatten(flattened)");
    toJson.addStatement("writer.endObject()");
    type.addMethod(toJson.build());
    type.addMethod(AdapterSkeleton.toStringMethod(codec.type()));
    return Generation.file(codec.type().packageName(), type.build());
  }

  /**
   * Adds {@code if (value instanceof Circle circle) {...} else if ...} to {@code method}, one
   * branch per record of {@code codec}, each with what {@code body} adds for it and its local.
   */
  static void eachSubtype(
      MethodSpec.Builder method, SealedCodec codec, BiConsumer<Subtype, String> body) {
    NameAllocator locals = new NameAllocator();
    for (String reserved : List.of("value", "writer", "out", "flattened")) {
      locals.newName(reserved);
    }
    for (int i = 0; i < codec.subtypes().size(); i++) {
      Subtype subtype = codec.subtypes().get(i);
      String simpleName = subtype.type().typeName().simpleName();
      String local =
          locals.newName(Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1));
      CodeBlock test = CodeBlock.of("value instanceof $T $N", subtype.type().typeName(), local);
      if (i == 0) {
        method.beginControlFlow("if ($L)", test);
      } else {
        method.nextControlFlow("else if ($L)", test);
      }
      body.accept(subtype, local);
    }
    method.endControlFlow();
  }

  /**
   * {@code label(peek)}: the index of the discriminator's label, read from a peek of the object.
   */
  private static MethodSpec label(SealedCodec codec, List<String> labels) {
    String expected = "Expected one of " + labels + " for key '" + codec.discriminator() + "'";
    return MethodSpec.methodBuilder("label")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addParameter(Names.JSON_READER, "peek")
        .addException(IOException.class)
        .addStatement("String object = peek.getPath()")
        .addStatement("peek.beginObject()")
        .beginControlFlow("while (peek.hasNext())")
        .beginControlFlow("if (peek.selectName(DISCRIMINATOR) == -1)")
        .addStatement("peek.skipName()")
        .addStatement("peek.skipValue()")
        .addStatement("continue")
        .endControlFlow()
        .addStatement("String path = peek.getPath()")
        .addStatement("int label = peek.selectString(LABELS)")
        .beginControlFlow("if (label == -1)")
        .addComment("Not a label: nextString() gives the value (and refuses an object or array).")
        .addStatement(
            "throw new $T($S$W+ peek.nextString()$W+ $S$W+ path)",
            Names.JSON_DATA_EXCEPTION,
            expected + " but found '",
            "' at path ")
        .endControlFlow()
        .addStatement("return label")
        .endControlFlow()
        .addStatement(
            "throw new $T($S + object)",
            Names.JSON_DATA_EXCEPTION,
            "Missing label for '" + codec.discriminator() + "' at path ")
        .build();
  }
}
