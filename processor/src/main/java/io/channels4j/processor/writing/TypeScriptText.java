package io.channels4j.processor.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Literals and names as TypeScript (and JavaScript) source writes them. */
final class TypeScriptText {
  private TypeScriptText() {}

  /**
   * A tree of maps (members in their order), lists, strings, numbers, booleans and {@code null} as
   * an object literal indented by {@code indent}: a list of scalars on one line.
   */
  static String literal(Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return "{}";
      }
      StringBuilder out = new StringBuilder("{\n");
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(indent).append("  ").append(member((String) entry.getKey())).append(": ");
        out.append(literal(entry.getValue(), indent + "  ")).append(",\n");
      }
      return out.append(indent).append('}').toString();
    }
    if (value instanceof List<?> list) {
      if (list.stream().noneMatch(item -> item instanceof Map<?, ?> || item instanceof List<?>)) {
        List<String> items = new ArrayList<>();
        list.forEach(item -> items.add(literal(item, indent)));
        return "[" + String.join(", ", items) + "]";
      }
      StringBuilder out = new StringBuilder("[\n");
      for (Object item : list) {
        out.append(indent).append("  ").append(literal(item, indent + "  ")).append(",\n");
      }
      return out.append(indent).append(']').toString();
    }
    return value instanceof String text ? string(text) : String.valueOf(value);
  }

  /** {@code text} as a double-quoted string literal. */
  static String string(String text) {
    return JsonPrinter.quoted(text);
  }

  /** A member name: as it is where it is an identifier, quoted where not ({@code "user-id"}). */
  static String member(String name) {
    return name.matches("[A-Za-z_$][\\w$]*") ? name : string(name);
  }
}
