package io.channels4j.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.CodecModel;
import io.channels4j.processor.model.CodecModel.EnumCodec;
import io.channels4j.processor.model.CodecModel.EnumConstant;
import io.channels4j.processor.model.CodecModel.ObjectCodec;
import io.channels4j.processor.model.CodecModel.SealedCodec;
import io.channels4j.processor.model.CodecModel.Subtype;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.Property;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Type>JsonCodec}, the codec the server runs on a frame's bytes, beside the Moshi
 * adapter that users plug into their own {@code Moshi}:
 *
 * <pre>{@code
 * public final class ChatMessageJsonCodec implements JsonCodec<ChatMessage> {
 *   public static final ChatMessageJsonCodec INSTANCE = new ChatMessageJsonCodec();
 *   private static final JsonNames NAMES = JsonNames.of("user", "message");
 *   private static final byte[] USER = JsonOutput.encodeName("user");
 *
 *   public ChatMessage read(JsonInput in) {
 *     String user = null;
 *     in.beginObject();
 *     while (in.hasNext()) {
 *       switch (in.selectName(NAMES)) {
 *         case 0 -> user = in.nextString();
 *         default -> in.skipValue();
 *       }
 *     }
 *     in.endObject();
 *     if (user == null) throw JsonInput.miss();
 *     return new ChatMessage(user, message);
 *   }
 *
 *   public void write(JsonOutput out, ChatMessage value) {
 *     out.beginObject();
 *     String user = value.user();
 *     if (user != null) { out.name(USER); out.value(user); }
 *     out.endObject();
 *   }
 * }
 * }</pre>
 *
 * It reads what the adapter reads, or misses ({@code JsonInput.miss()}): on anything the adapter
 * would refuse, and on the rare input it does not read itself, the server runs the frame through
 * the Moshi path, which gives today's exact answer or error. It writes the bytes the adapter
 * writes. Primitives sit in primitive locals, with a flag saying they were read, so nothing is
 * boxed.
 */
public final class ByteCodecWriter {
  /** Writes byte-level codecs. */
  public ByteCodecWriter() {}

  /** The codec of the record, class or enum {@code codec}. */
  public JavaFile write(CodecModel codec) {
    TypeSpec.Builder type =
        Generation.generatedClass(codec.codec(), codec.element(), Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Reads and writes {@link $T} over bytes for the server, without reflection.\n",
                codec.type())
            .addSuperinterface(ParameterizedTypeName.get(Names.JSON_CODEC, codec.type()))
            .addField(
                FieldSpec.builder(
                        codec.codec(), "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The codec; it holds no state.\n")
                    .initializer("new $T()", codec.codec())
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (codec instanceof ObjectCodec object) {
      writeObject(object, type);
    } else if (codec instanceof SealedCodec sealed) {
      writeSealed(sealed, type);
    } else {
      writeEnum((EnumCodec) codec, type);
    }
    return Generation.file(codec.type().packageName(), type.build());
  }

  private static void writeObject(ObjectCodec codec, TypeSpec.Builder type) {
    CodecExpressions expressions = new CodecExpressions();
    NameAllocator constants = new NameAllocator();
    NameAllocator locals = new NameAllocator();
    for (String reserved : List.of("in", "out", "value", "result", "NAMES", "INSTANCE")) {
      locals.newName(reserved);
      constants.newName(reserved);
    }
    Map<Property, String> names = new LinkedHashMap<>();
    Map<Property, String> variables = new LinkedHashMap<>();
    Map<Property, String> found = new LinkedHashMap<>();
    for (Property property : codec.properties()) {
      names.put(property, constants.newName(constantName(property.javaName())));
      variables.put(property, locals.newName(property.javaName()));
      if (property.type().typeName().isPrimitive()) {
        found.put(property, locals.newName(property.javaName() + "Found"));
      }
    }
    type.addField(names("NAMES", codec.properties().stream().map(Property::jsonName).toList()));
    for (Property property : codec.properties()) {
      type.addField(
          FieldSpec.builder(byte[].class, names.get(property), Modifier.PRIVATE, Modifier.STATIC)
              .addModifiers(Modifier.FINAL)
              .initializer("$T.encodeName($S)", Names.JSON_OUTPUT, property.jsonName())
              .build());
    }
    type.addMethod(read(codec, expressions, variables, found));
    type.addMethod(
        writeMethod(codec)
            .addStatement("out.beginObject()")
            .addStatement("writeMembers(out, value)")
            .addStatement("out.endObject()")
            .build());
    type.addMethod(writeMembers(codec, expressions, names, locals));
    type.addMethods(expressions.methods());
  }

  private static MethodSpec read(
      ObjectCodec codec,
      CodecExpressions expressions,
      Map<Property, String> variables,
      Map<Property, String> found) {
    boolean viaConstructor =
        codec.properties().isEmpty() || codec.properties().get(0).viaConstructor();
    MethodSpec.Builder method = readMethod(codec);
    for (Property property : codec.properties()) {
      TypeName localType = property.type().typeName();
      String local = variables.get(property);
      if (found.containsKey(property)) {
        method.addStatement("$T $N = $L", localType, local, zero(localType));
        method.addStatement("boolean $N = false", found.get(property));
      } else if (property.optional() && viaConstructor) {
        method.addStatement("$T $N = $T.empty()", localType, local, Optional.class);
      } else {
        method.addStatement("$T $N = null", localType, local);
      }
    }
    method.addStatement("in.beginObject()");
    method.beginControlFlow("while (in.hasNext())");
    method.beginControlFlow("switch (in.selectName(NAMES))");
    for (int i = 0; i < codec.properties().size(); i++) {
      Property property = codec.properties().get(i);
      String local = variables.get(property);
      CodeBlock value =
          property.nullable()
              ? expressions.readNullable(property.type())
              : expressions.read(property.type());
      if (found.containsKey(property)) {
        method.addCode("case $L -> {\n$>", i);
        method.addStatement("$N = $L", local, value);
        method.addStatement("$N = true", found.get(property));
        method.addCode("$<}\n");
      } else {
        method.addStatement("case $L -> $N = $L", i, local, value);
      }
    }
    method.addStatement("default -> in.skipValue()");
    method.endControlFlow();
    method.endControlFlow();
    method.addStatement("in.endObject()");
    List<CodeBlock> missing =
        codec.properties().stream()
            .filter(property -> !property.nullable())
            .map(
                property ->
                    found.containsKey(property)
                        ? CodeBlock.of("!$N", found.get(property))
                        : CodeBlock.of("$N == null", variables.get(property)))
            .toList();
    if (!missing.isEmpty()) {
      method.beginControlFlow("if ($L)", CodeBlock.join(missing, " ||$W"));
      method.addComment("Moshi names the member that is missing");
      method.addStatement("throw $T.miss()", Names.JSON_INPUT);
      method.endControlFlow();
    }
    ObjectConstruction.build(codec, variables, "result", method);
    return method.build();
  }

  private static MethodSpec writeMembers(
      ObjectCodec codec,
      CodecExpressions expressions,
      Map<Property, String> names,
      NameAllocator locals) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("writeMembers")
            .addJavadoc(
                "Writes the members of {@code value} without the braces around them: a sealed\n"
                    + "interface's codec writes its discriminator before them.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Names.JSON_OUTPUT, "out")
            .addParameter(codec.type(), "value");
    for (Property property : codec.properties()) {
      TypeName type = property.type().typeName();
      CodeBlock read =
          CodeBlock.of(
              "value.$N$L", property.read().name(), property.read().isMethod() ? "()" : "");
      if (type.isPrimitive()) {
        method.addStatement("out.name($N)", names.get(property));
        method.addStatement(expressions.write(property.type(), read));
        continue;
      }
      String local = locals.newName(property.javaName() + "Value");
      method.addStatement("$T $N = $L", type, local, read);
      JsonType written = property.type();
      CodeBlock value = CodeBlock.of("$N", local);
      CodeBlock present = CodeBlock.of("$N != null", local);
      if (property.optional()) {
        // Moshi leaves out a member whose value is null, and an empty optional writes null.
        written = ((JsonType.Container) property.type()).element();
        value = CodeBlock.of("$N.get()", local);
        present = CodeBlock.of("$N != null && $N.isPresent()", local, local);
      }
      method.beginControlFlow("if ($L)", present);
      method.addStatement("out.name($N)", names.get(property));
      method.addStatement(expressions.write(written, value));
      method.endControlFlow();
    }
    return method.build();
  }

  /**
   * A sealed interface's codec: finds the discriminator's label wherever it stands, then lets the
   * labelled record's codec read the object (the discriminator is a name it skips); writes the
   * discriminator first, then the record's members.
   */
  private static void writeSealed(SealedCodec codec, TypeSpec.Builder type) {
    List<String> labels = codec.subtypes().stream().map(Subtype::label).toList();
    type.addField(names("DISCRIMINATOR", List.of(codec.discriminator())));
    type.addField(names("LABELS", labels));
    type.addField(
        FieldSpec.builder(byte[].class, "DISCRIMINATOR_NAME", Modifier.PRIVATE, Modifier.STATIC)
            .addModifiers(Modifier.FINAL)
            .initializer("$T.encodeName($S)", Names.JSON_OUTPUT, codec.discriminator())
            .build());
    CodeBlock.Builder read =
        CodeBlock.builder().add("return switch (in.peekLabel(DISCRIMINATOR, LABELS)) {\n$>");
    for (int i = 0; i < codec.subtypes().size(); i++) {
      Subtype subtype = codec.subtypes().get(i);
      if (i < codec.subtypes().size() - 1) {
        read.add("case $L -> $T.INSTANCE.read(in);\n", i, subtype.type().codec());
      } else {
        read.add(
            "default -> $T.INSTANCE.read(in); // peekLabel returns no other\n",
            subtype.type().codec());
      }
    }
    read.add("$<};\n");
    type.addMethod(readMethod(codec).addCode(read.build()).build());
    MethodSpec.Builder write =
        writeMethod(codec)
            .addStatement("out.beginObject()")
            .addStatement("out.name(DISCRIMINATOR_NAME)");
    SealedAdapterWriter.eachSubtype(
        write,
        codec,
        (subtype, local) -> {
          write.addStatement("out.value($S)", subtype.label());
          write.addStatement("$T.INSTANCE.writeMembers(out, $N)", subtype.type().codec(), local);
        });
    type.addMethod(write.addStatement("out.endObject()").build());
  }

  private static void writeEnum(EnumCodec codec, TypeSpec.Builder type) {
    CodeBlock.Builder read = CodeBlock.builder().add("return switch (in.nextString()) {\n$>");
    for (EnumConstant constant : codec.constants()) {
      read.add("case $S -> $T.$N;\n", constant.jsonName(), codec.type(), constant.javaName());
    }
    read.add("default -> throw $T.miss();\n$<};\n", Names.JSON_INPUT);
    type.addMethod(readMethod(codec).addCode(read.build()).build());
    MethodSpec.Builder write = writeMethod(codec).beginControlFlow("switch (value)");
    for (EnumConstant constant : codec.constants()) {
      write.addStatement("case $N -> out.value($S)", constant.javaName(), constant.jsonName());
    }
    type.addMethod(write.endControlFlow().build());
  }

  /** {@code public Foo read(JsonInput in)}, without a body. */
  private static MethodSpec.Builder readMethod(CodecModel codec) {
    return Generation.override("read").returns(codec.type()).addParameter(Names.JSON_INPUT, "in");
  }

  /** {@code public void write(JsonOutput out, Foo value)}, without a body. */
  private static MethodSpec.Builder writeMethod(CodecModel codec) {
    return Generation.override("write")
        .addParameter(Names.JSON_OUTPUT, "out")
        .addParameter(codec.type(), "value");
  }

  /** {@code private static final JsonNames name = JsonNames.of(names...)}. */
  private static FieldSpec names(String name, List<String> names) {
    return FieldSpec.builder(Names.JSON_NAMES, name, Modifier.PRIVATE, Modifier.STATIC)
        .addModifiers(Modifier.FINAL)
        .initializer("$T.of($L)", Names.JSON_NAMES, Generation.commaSeparated("$S", names))
        .build();
  }

  /** {@code userName} as {@code USER_NAME}. */
  private static String constantName(String javaName) {
    return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** The default value of a primitive local. */
  private static String zero(TypeName primitive) {
    return Map.of(
            TypeName.BOOLEAN, "false",
            TypeName.CHAR, "'\\0'",
            TypeName.BYTE, "(byte) 0",
            TypeName.SHORT, "(short) 0",
            TypeName.INT, "0",
            TypeName.LONG, "0L",
            TypeName.FLOAT, "0f",
            TypeName.DOUBLE, "0.0")
        .get(primitive);
  }
}
