package io.channels4j.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.channels4j.processor.model.CodecModel;
import io.channels4j.processor.model.Constraint;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.Property;
import io.channels4j.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of each type as its generated codec reads and writes it: a record or class is an
 * object of its members by their JSON names, required unless nullable, an enum the strings of its
 * constants, a sealed interface one of its records with the discriminator, and a JDK type the text
 * or number {@code JsonText} makes of it. A generated type is a {@code $ref} to its schema in
 * {@code #/components/schemas}, named by its canonical name.
 */
final class JsonSchemas {
  static final String COMPONENTS = "#/components/schemas/";

  private JsonSchemas() {}

  /** An object of the given members, in pairs of name and value; mutable, for more members. */
  static Map<String, Object> object(Object... membersAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < membersAndValues.length; i += 2) {
      map.put((String) membersAndValues[i], membersAndValues[i + 1]);
    }
    return map;
  }

  /** The name of a generated type's schema in {@code components.schemas}. */
  static String name(ClassName type) {
    return type.canonicalName();
  }

  /** The schema of a value of {@code type}, never null. */
  static Map<String, Object> of(JsonType type) {
    if (type instanceof JsonType.Scalar scalar) {
      return scalar(
          scalar.typeName().isBoxedPrimitive() ? scalar.typeName().unbox() : scalar.typeName());
    }
    if (type instanceof JsonType.Text text) {
      return text(text.kind());
    }
    if (type instanceof JsonType.Custom custom) {
      return of(custom.form());
    }
    if (type instanceof JsonType.Generated generated) {
      return object("$ref", COMPONENTS + name(generated.typeName()));
    }
    if (type instanceof JsonType.Container container) {
      Map<String, Object> element = of(container.element());
      return switch (container.kind()) {
        case LIST, COLLECTION -> object("type", "array", "items", element);
        case SET -> object("type", "array", "items", element, "uniqueItems", true);
        case MAP -> object("type", "object", "additionalProperties", element);
        case OPTIONAL -> element;
      };
    }
    return object("type", "array", "items", of(((JsonType.Array) type).component()));
  }

  /** {@code schema}, or {@code null}. */
  static Map<String, Object> orNull(Map<String, Object> schema) {
    if (schema.get("type") instanceof String type
        && !schema.containsKey("enum")
        && !schema.containsKey("const")) {
      Map<String, Object> copy = new LinkedHashMap<>(schema);
      copy.put("type", List.of(type, "null"));
      return copy;
    }
    return object("oneOf", List.of(object("type", "null"), schema));
  }

  /** The schema of the codec's type, for {@code components.schemas}. */
  static Map<String, Object> of(CodecModel codec) {
    if (codec instanceof CodecModel.EnumCodec enumCodec) {
      List<Object> names = new ArrayList<>();
      enumCodec.constants().forEach(constant -> names.add(constant.jsonName()));
      return object("type", "string", "enum", names);
    }
    if (codec instanceof CodecModel.SealedCodec sealed) {
      List<Object> subtypes = new ArrayList<>();
      for (CodecModel.Subtype subtype : sealed.subtypes()) {
        Map<String, Object> label =
            object(
                "type",
                "object",
                "properties",
                object(sealed.discriminator(), object("const", subtype.label())),
                "required",
                List.of(sealed.discriminator()));
        subtypes.add(object("allOf", List.of(of(subtype.type()), label)));
      }
      return object("oneOf", subtypes);
    }
    CodecModel.ObjectCodec object = (CodecModel.ObjectCodec) codec;
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    for (Property property : object.properties()) {
      Map<String, Object> schema = constrained(of(property.type()), property);
      boolean nullable = property.mayBeAbsent();
      properties.put(property.jsonName(), nullable ? orNull(schema) : schema);
      if (!nullable) {
        required.add(property.jsonName());
      }
    }
    Map<String, Object> schema = object("type", "object", "properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    return schema;
  }

  private static Map<String, Object> scalar(TypeName type) {
    if (type.equals(TypeName.BOOLEAN)) {
      return object("type", "boolean");
    }
    if (type.equals(TypeName.BYTE) || type.equals(TypeName.SHORT) || type.equals(TypeName.INT)) {
      return object("type", "integer", "format", "int32");
    }
    if (type.equals(TypeName.LONG)) {
      return object("type", "integer", "format", "int64");
    }
    if (type.equals(TypeName.FLOAT)) {
      return object("type", "number", "format", "float");
    }
    if (type.equals(TypeName.DOUBLE)) {
      return object("type", "number", "format", "double");
    }
    if (type.equals(TypeName.CHAR)) {
      return object("type", "string", "minLength", 1, "maxLength", 1);
    }
    return object("type", "string");
  }

  private static Map<String, Object> text(JsonType.TextKind kind) {
    return switch (kind) {
      case UUID -> object("type", "string", "format", "uuid");
      // java.net.URI takes non-ASCII characters, as an IRI does and RFC 3986's URI does not.
      case URI -> object("type", "string", "format", "iri-reference");
      case BYTES -> object("type", "string", "contentEncoding", "base64");
      case BIG_DECIMAL -> object("type", "number");
      case BIG_INTEGER -> object("type", "integer");
      // java.time writes these without the seconds when they are zero, a Duration with a
      // fraction or a sign, and a year past 9999 or before 0 with a sign ("+10000-01-01"): not
      // RFC 3339's date-time, date, time or duration.
      case INSTANT, LOCAL_DATE, OFFSET_DATE_TIME, LOCAL_DATE_TIME, LOCAL_TIME, DURATION ->
          object("type", "string");
    };
  }

  /** {@code schema} with the member's constraints, as far as JSON Schema can say them. */
  private static Map<String, Object> constrained(Map<String, Object> schema, Property property) {
    if (property.constraints().isEmpty()) {
      return schema;
    }
    Map<String, Object> result = new LinkedHashMap<>(schema);
    JsonType type = property.type().unwrapOptional();
    String[] bounds = sizeKeywords(type);
    for (Constraint constraint : property.constraints()) {
      if (constraint instanceof Constraint.Required required && bounds != null) {
        if (required.presence() != Constraint.Presence.NOT_NULL) {
          result.put(bounds[0], 1);
        }
        if (required.presence() == Constraint.Presence.NOT_BLANK) {
          // A character trim() keeps, in words ECMA-262 and java.util.regex read alike (their \S
          // differ on U+00A0 and the like).
          result.put("pattern", "[^\\x00-\\x20]");
        }
      } else if (constraint instanceof Constraint.Size size && bounds != null) {
        // @Size counts a string's UTF-16 units, minLength its code points: a surrogate pair is
        // two units and one code point, so n units are at least half as many code points.
        int min = ValueKind.of(type) == ValueKind.TEXT ? (size.min() + 1) / 2 : size.min();
        if (min > 0) {
          result.put(bounds[0], min);
        }
        if (size.max() < Integer.MAX_VALUE) {
          result.put(bounds[1], size.max());
        }
      } else if (constraint instanceof Constraint.Bound bound) {
        String keyword =
            switch (bound.comparison()) {
              case AT_LEAST -> "minimum";
              case AT_MOST -> "maximum";
              case ABOVE -> "exclusiveMinimum";
              case BELOW -> "exclusiveMaximum";
            };
        result.put(keyword, bound.bound());
      } else if (constraint instanceof Constraint.Matches matches) {
        // No format "email": @Email takes "", which that format refuses.
        // Flags (case-insensitive and the like) have no JSON Schema form: the pattern is left out.
        if (matches.flagNames().isEmpty() && !matches.regexp().equals(".*")) {
          result.put("pattern", "^(?:" + matches.regexp() + ")$");
        }
      }
    }
    return result;
  }

  /** The keywords of a least and a most size of a value of {@code type}, or null if it has none. */
  private static String[] sizeKeywords(JsonType type) {
    return switch (ValueKind.of(type)) {
      case TEXT -> new String[] {"minLength", "maxLength"};
      case COLLECTION ->
          ((JsonType.Container) type).kind() == JsonType.Kind.MAP
              ? new String[] {"minProperties", "maxProperties"}
              : new String[] {"minItems", "maxItems"};
      case ARRAY -> type instanceof JsonType.Array ? new String[] {"minItems", "maxItems"} : null;
      default -> null;
    };
  }
}
