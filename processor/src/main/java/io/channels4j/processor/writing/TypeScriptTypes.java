package io.channels4j.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.channels4j.processor.model.CodecModel;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.Property;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The TypeScript type of each value as its generated codec writes it to JSON (the mapping {@link
 * JsonSchemas} describes), and the declarations of the generated types: an interface per record or
 * class, a union of string literals per enum, a union of labelled records per sealed interface.
 * Each type is named by its simple names joined ({@code Desk.Say} is {@code DeskSay}), or by its
 * canonical name with underscores where two types would share that name or it is taken by a name
 * the module uses itself.
 */
final class TypeScriptTypes {
  private final Map<ClassName, String> names = new HashMap<>();
  private final Map<ClassName, CodecModel> codecs = new LinkedHashMap<>();

  /**
   * The types of {@code codecs}; a type listed twice is declared once, and none takes a name of
   * {@code taken}.
   */
  TypeScriptTypes(Collection<CodecModel> codecs, Set<String> taken) {
    Map<String, Integer> uses = new HashMap<>();
    for (CodecModel codec : codecs) {
      if (this.codecs.putIfAbsent(codec.type(), codec) == null) {
        uses.merge(joined(codec.type()), 1, Integer::sum);
      }
    }
    for (ClassName type : this.codecs.keySet()) {
      String name = joined(type);
      boolean unique = uses.get(name) == 1 && !taken.contains(name);
      names.put(type, unique ? name : type.canonicalName().replace('.', '_'));
    }
  }

  /** The name of a generated type. */
  String name(ClassName type) {
    return names.get(type);
  }

  /** The JSON members of a record or class, in order; empty for any other type. */
  List<String> members(JsonType type) {
    List<String> members = new ArrayList<>();
    if (type instanceof JsonType.Generated generated
        && codecs.get(generated.typeName()) instanceof CodecModel.ObjectCodec object) {
      object.properties().forEach(property -> members.add(property.jsonName()));
    }
    return members;
  }

  /** The type of a value of {@code type}; an {@code Optional} is its element, or {@code null}. */
  String of(JsonType type) {
    if (type instanceof JsonType.Scalar scalar) {
      TypeName name =
          scalar.typeName().isBoxedPrimitive() ? scalar.typeName().unbox() : scalar.typeName();
      if (name.equals(TypeName.BOOLEAN)) {
        return "boolean";
      }
      return name.isPrimitive() && !name.equals(TypeName.CHAR) ? "number" : "string";
    }
    if (type instanceof JsonType.Text text) {
      return text.kind() == JsonType.TextKind.BIG_DECIMAL
              || text.kind() == JsonType.TextKind.BIG_INTEGER
          ? "number"
          : "string";
    }
    if (type instanceof JsonType.Custom custom) {
      return of(custom.form());
    }
    if (type instanceof JsonType.Generated generated) {
      return name(generated.typeName());
    }
    if (type instanceof JsonType.Container container) {
      String element = of(container.element());
      return switch (container.kind()) {
        case LIST, SET, COLLECTION -> arrayOf(element);
        case MAP -> "Record<string, " + element + ">";
        case OPTIONAL -> element + " | null";
      };
    }
    return arrayOf(of(((JsonType.Array) type).component()));
  }

  /** The declarations of every type, each with its Java name in a comment. */
  String declarations() {
    StringBuilder out = new StringBuilder();
    for (CodecModel codec : codecs.values()) {
      out.append("\n/** ").append(codec.type().canonicalName()).append(" */\n");
      String name = name(codec.type());
      if (codec instanceof CodecModel.EnumCodec enumCodec) {
        List<String> constants = new ArrayList<>();
        enumCodec.constants().forEach(c -> constants.add(TypeScriptText.string(c.jsonName())));
        out.append("export type ").append(name).append(" = ");
        out.append(constants.isEmpty() ? "never" : String.join(" | ", constants)).append(";\n");
      } else if (codec instanceof CodecModel.SealedCodec sealed) {
        List<String> subtypes = new ArrayList<>();
        for (CodecModel.Subtype subtype : sealed.subtypes()) {
          subtypes.add(
              "("
                  + name(subtype.type().typeName())
                  + " & { "
                  + TypeScriptText.member(sealed.discriminator())
                  + ": "
                  + TypeScriptText.string(subtype.label())
                  + " })");
        }
        out.append("export type ").append(name).append(" =\n  | ");
        out.append(String.join("\n  | ", subtypes)).append(";\n");
      } else {
        out.append("export interface ").append(name).append(" {\n");
        for (Property property : ((CodecModel.ObjectCodec) codec).properties()) {
          String member = TypeScriptText.member(property.jsonName());
          // An Optional member's absence and null are said by the member.
          String value = of(property.type().unwrapOptional());
          out.append("  ")
              .append(
                  property.mayBeAbsent()
                      ? member + "?: " + value + " | null"
                      : member + ": " + value)
              .append(";\n");
        }
        out.append("}\n");
      }
    }
    return out.toString();
  }

  private static String arrayOf(String element) {
    return element.matches("\\w+") ? element + "[]" : "Array<" + element + ">";
  }

  private static String joined(ClassName type) {
    return String.join("", type.simpleNames());
  }
}
