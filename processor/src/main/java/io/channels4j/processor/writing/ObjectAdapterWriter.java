package io.channels4j.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.CodecGraph;
import io.channels4j.processor.model.CodecModel.ObjectCodec;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.Property;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the Moshi adapter of a record or class, shaped like Moshi's own generated adapters:
 *
 * <pre>{@code
 * public final class ChatMessageJsonAdapter extends JsonAdapter<ChatMessage> {
 *   private static final JsonReader.Options OPTIONS = JsonReader.Options.of("user", "message");
 *   private final JsonAdapter<String> stringAdapter;
 *
 *   public ChatMessageJsonAdapter(Moshi moshi) {
 *     this.stringAdapter = moshi.adapter(String.class);
 *   }
 *
 *   public ChatMessage fromJson(JsonReader reader) throws IOException {
 *     String user = null;
 *     ...
 *     reader.beginObject();
 *     while (reader.hasNext()) {
 *       switch (reader.selectName(OPTIONS)) {
 *         case 0 -> { user = stringAdapter.fromJson(reader); if (user == null) throw unexpectedNull }
 *         ...
 *         case -1 -> { reader.skipName(); reader.skipValue(); }   // action, request_id, unknown
 *       }
 *     }
 *     reader.endObject();
 *     if (user == null) throw JsonErrors.missingProperty("user", "user", reader);
 *     return new ChatMessage(user, message);
 *   }
 *
 *   public void toJson(JsonWriter writer, ChatMessage value) throws IOException { ... }
 *   public String toString() { return "GeneratedJsonAdapter(ChatMessage)"; }
 * }
 * }</pre>
 *
 * Classes built with a no-argument constructor get their setters or fields assigned after the
 * checks; an absent nullable member keeps the value the constructor gave it.
 */
public final class ObjectAdapterWriter {
  /** Writes object adapters. */
  public ObjectAdapterWriter() {}

  /**
   * The adapter of the record or class {@code codec}, which may refer to the other codecs in {@code
   * codecs}, cycles included.
   */
  public JavaFile write(ObjectCodec codec, CodecGraph codecs) {
    AdapterExpressions expressions = new AdapterExpressions(codecs);
    NameAllocator names = new NameAllocator();
    String options = names.newName("OPTIONS");
    String moshi = names.newName("moshi");
    String reader = names.newName("reader");
    String writer = names.newName("writer");
    String value = names.newName("value");
    String result = names.newName("result");

    Map<JsonType, String> adapters = new LinkedHashMap<>();
    for (Property property : codec.properties()) {
      adapters.computeIfAbsent(
          property.type(), type -> names.newName(AdapterExpressions.fieldName(type)));
    }
    Map<Property, String> locals = new LinkedHashMap<>();
    for (Property property : codec.properties()) {
      locals.put(property, names.newName(property.javaName()));
    }

    TypeSpec.Builder type = AdapterSkeleton.adapterClass(codec, "object");
    type.addField(
        AdapterSkeleton.options(
            options, codec.properties().stream().map(Property::jsonName).toList()));
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Names.MOSHI_CLASS, moshi);
    AdapterSkeleton.adapterFields(
        type, constructor, adapters, json -> expressions.adapter(json, moshi, codec.type(), true));
    type.addMethod(constructor.build());
    type.addMethod(fromJson(codec, options, reader, result, adapters, locals));
    type.addMethod(toJson(codec, writer, value, adapters));
    type.addMethod(AdapterSkeleton.toStringMethod(codec.type()));
    return Generation.file(codec.type().packageName(), type.build());
  }

  private MethodSpec fromJson(
      ObjectCodec codec,
      String options,
      String reader,
      String result,
      Map<JsonType, String> adapters,
      Map<Property, String> locals) {
    boolean viaConstructor =
        codec.properties().isEmpty() || codec.properties().get(0).viaConstructor();
    MethodSpec.Builder method = AdapterSkeleton.fromJson(codec.type(), reader);
    for (Property property : codec.properties()) {
      TypeName localType = property.type().typeName().box();
      if (property.optional() && viaConstructor) {
        method.addStatement("$T $N = $T.empty()", localType, locals.get(property), Optional.class);
      } else {
        method.addStatement("$T $N = null", localType, locals.get(property));
      }
    }
    method.addStatement("$N.beginObject()", reader);
    method.beginControlFlow("while ($N.hasNext())", reader);
    method.beginControlFlow("switch ($N.selectName($N))", reader, options);
    for (int i = 0; i < codec.properties().size(); i++) {
      Property property = codec.properties().get(i);
      String local = locals.get(property);
      CodeBlock read =
          CodeBlock.of("$N = $N.fromJson($N)", local, adapters.get(property.type()), reader);
      if (property.nullable() || property.type().typeName().isPrimitive()) {
        // Primitive adapters reject null themselves, naming the path.
        method.addStatement("case $L -> $L", i, read);
      } else {
        method.addCode("case $L -> {\n$>", i);
        method.addStatement(read);
        method.beginControlFlow("if ($N == null)", local);
        method.addStatement(
            "throw $T.unexpectedNull($S, $S, $N)",
            Names.JSON_ERRORS,
            property.javaName(),
            property.jsonName(),
            reader);
        method.endControlFlow();
        method.addCode("$<}\n");
      }
    }
    method.addCode("case -1 -> {\n$>");
    method.addComment(
        "A name $L does not have, such as \"action\" or \"request_id\"", codec.type().simpleName());
    method.addStatement("$N.skipName()", reader);
    method.addStatement("$N.skipValue()", reader);
    method.addCode("$<}\n");
    method.endControlFlow();
    method.endControlFlow();
    method.addStatement("$N.endObject()", reader);
    for (Property property : codec.properties()) {
      if (!property.nullable()) {
        method.beginControlFlow("if ($N == null)", locals.get(property));
        method.addStatement(
            "throw $T.missingProperty($S, $S, $N)",
            Names.JSON_ERRORS,
            property.javaName(),
            property.jsonName(),
            reader);
        method.endControlFlow();
      }
    }
    ObjectConstruction.build(codec, locals, result, method);
    return method.build();
  }

  private MethodSpec toJson(
      ObjectCodec codec, String writer, String value, Map<JsonType, String> adapters) {
    MethodSpec.Builder method = AdapterSkeleton.toJson(codec.type(), writer, value);
    method.addStatement("$N.beginObject()", writer);
    for (Property property : codec.properties()) {
      method.addStatement("$N.name($S)", writer, property.jsonName());
      method.addStatement(
          "$N.toJson($N, $N.$N$L)",
          adapters.get(property.type()),
          writer,
          value,
          property.read().name(),
          property.read().isMethod() ? "()" : "");
    }
    method.addStatement("$N.endObject()", writer);
    return method.build();
  }
}
