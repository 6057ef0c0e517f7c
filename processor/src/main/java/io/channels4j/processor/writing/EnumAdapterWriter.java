package io.channels4j.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.CodecModel.EnumCodec;
import io.channels4j.processor.model.CodecModel.EnumConstant;
import java.io.IOException;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the Moshi adapter of an enum, which reads and writes each constant as its JSON string
 * ({@code @Json(name)} or the constant's name):
 *
 * <pre>{@code
 * public final class ColorJsonAdapter extends JsonAdapter<Color> {
 *   private static final JsonReader.Options OPTIONS = JsonReader.Options.of("red", "GREEN");
 *
 *   public Color fromJson(JsonReader reader) throws IOException {
 *     return switch (reader.selectString(OPTIONS)) {
 *       case 0 -> Color.RED;
 *       case 1 -> Color.GREEN;
 *       default -> throw unknownName(reader); // "Expected one of [red, GREEN] but was ..."
 *     };
 *   }
 *
 *   public void toJson(JsonWriter writer, Color value) throws IOException {
 *     writer.value(switch (value) { case RED -> "red"; case GREEN -> "GREEN"; });
 *   }
 * }
 * }</pre>
 */
public final class EnumAdapterWriter {
  /** Writes enum adapters, which need no other codec. */
  public EnumAdapterWriter() {}

  /** The adapter of the enum {@code codec}. */
  public JavaFile write(EnumCodec codec) {
    TypeSpec.Builder type = AdapterSkeleton.adapterClass(codec, "string");
    List<String> jsonNames = codec.constants().stream().map(EnumConstant::jsonName).toList();
    type.addField(AdapterSkeleton.options("OPTIONS", jsonNames));
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc("Needs no other adapter; takes {@code moshi} like every generated codec.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Names.MOSHI_CLASS, "moshi")
            .build());

    CodeBlock.Builder cases =
        CodeBlock.builder().add("return switch (reader.selectString(OPTIONS)) {\n$>");
    for (int i = 0; i < codec.constants().size(); i++) {
      cases.add("case $L -> $T.$N;\n", i, codec.type(), codec.constants().get(i).javaName());
    }
    cases.add("default -> throw unknownName(reader);\n$<};\n");
    MethodSpec.Builder unknownName =
        MethodSpec.methodBuilder("unknownName")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(Names.JSON_DATA_EXCEPTION)
            .addParameter(Names.JSON_READER, "reader")
            .addException(IOException.class)
            .addComment("Not one of the names, or not a string: nextString() says which.")
            .addStatement("String path = reader.getPath()")
            .addStatement("String name = reader.nextString()")
            .addStatement(
                "return new $T($W$S + name + $S + path)",
                Names.JSON_DATA_EXCEPTION,
                "Expected one of " + jsonNames + " but was ",
                " at path ");
    type.addMethod(AdapterSkeleton.fromJson(codec.type(), "reader").addCode(cases.build()).build());
    type.addMethod(unknownName.build());

    MethodSpec.Builder toJson = AdapterSkeleton.toJson(codec.type(), "writer", "value");
    toJson.beginControlFlow("switch (value)");
    for (EnumConstant constant : codec.constants()) {
      toJson.addStatement("case $N -> writer.value($S)", constant.javaName(), constant.jsonName());
    }
    toJson.endControlFlow();
    type.addMethod(toJson.build());
    type.addMethod(AdapterSkeleton.toStringMethod(codec.type()));
    return Generation.file(codec.type().packageName(), type.build());
  }
}
