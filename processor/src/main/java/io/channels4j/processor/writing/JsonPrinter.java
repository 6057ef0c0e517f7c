package io.channels4j.processor.writing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a tree of maps, lists, strings, numbers, booleans and {@code null} as pretty JSON: two
 * spaces of indent, every object's members sorted by name, so a document is the same whatever order
 * it was built in.
 */
final class JsonPrinter {
  private final StringBuilder out = new StringBuilder();

  private JsonPrinter() {}

  /** {@code value} as JSON text, ending in a newline. */
  static String print(Object value) {
    JsonPrinter printer = new JsonPrinter();
    printer.value(value, "");
    return printer.out.append('\n').toString();
  }

  private void value(Object value, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(text);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      object(map, indent);
    } else if (value instanceof List<?> list) {
      array(list, indent);
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }
  }

  private void object(Map<?, ?> map, String indent) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    String inner = indent + "  ";
    out.append("{\n");
    boolean first = true;
    for (Map.Entry<?, ?> member : new TreeMap<>(map).entrySet()) {
      if (!first) {
        out.append(",\n");
      }
      first = false;
      out.append(inner);
      string((String) member.getKey());
      out.append(": ");
      value(member.getValue(), inner);
    }
    out.append('\n').append(indent).append('}');
  }

  private void array(List<?> list, String indent) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    String inner = indent + "  ";
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      out.append(i == 0 ? "" : ",\n").append(inner);
      value(list.get(i), inner);
    }
    out.append('\n').append(indent).append(']');
  }

  private void string(String text) {
    out.append(quoted(text));
  }

  /** {@code text} as a JSON string literal, which is a JavaScript and a YAML one too. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // Controls, and the characters YAML may not hold raw or some engines end a line at.
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
