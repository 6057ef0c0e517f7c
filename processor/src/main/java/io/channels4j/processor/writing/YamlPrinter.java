package io.channels4j.processor.writing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the trees {@link JsonPrinter} prints as block-style YAML: members sorted by name, every
 * key and string double-quoted as JSON writes it (JSON's escapes are YAML's), so that no value
 * reads back as another type. Reads back as the same tree as the JSON text.
 */
final class YamlPrinter {
  private final StringBuilder out = new StringBuilder();

  private YamlPrinter() {}

  /** {@code value}, a map or a list, as a YAML document ending in a newline. */
  static String print(Object value) {
    YamlPrinter printer = new YamlPrinter();
    printer.block(value, "");
    return printer.out.toString();
  }

  /** A map's members or a list's items, one per line at {@code indent}. */
  private void block(Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> member : new TreeMap<>(map).entrySet()) {
        out.append(indent).append(JsonPrinter.quoted((String) member.getKey())).append(':');
        nested(member.getValue(), indent + "  ");
      }
    } else {
      for (Object item : (List<?>) value) {
        out.append(indent).append('-');
        nested(item, indent + "  ");
      }
    }
  }

  /** After a key or a dash: a scalar or an empty container on the line, or a block below it. */
  private void nested(Object value, String indent) {
    if (value instanceof Map<?, ?> map && !map.isEmpty()
        || value instanceof List<?> list && !list.isEmpty()) {
      out.append('\n');
      block(value, indent);
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static String scalar(Object value) {
    if (value instanceof Map<?, ?>) {
      return "{}";
    }
    if (value instanceof List<?>) {
      return "[]";
    }
    if (value instanceof String text) {
      return JsonPrinter.quoted(text);
    }
    return String.valueOf(value); // null, booleans and whole numbers read the same in YAML
  }
}
