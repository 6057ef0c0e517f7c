package io.channels4j.example;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * A JSON text read by Moshi's strict {@code JsonReader} into plain values, independently of the
 * server's own frame scan: objects keep every member in order (duplicates too), numbers keep their
 * exact value, and the nesting depth is measured.
 */
final class JsonTree {
  /** One member of an object, in the order the text has it. */
  record Member(String name, Object value) {}

  /** An object: its members in order, duplicates kept. */
  record Obj(List<Member> members) {
    List<Object> valuesOf(String name) {
      List<Object> values = new ArrayList<>();
      for (Member member : members) {
        if (member.name().equals(name)) {
          values.add(member.value());
        }
      }
      return values;
    }

    /** The object as a map; a later duplicate wins. */
    Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      members.forEach(member -> map.put(member.name(), plain(member.value())));
      return map;
    }
  }

  /** A number, exactly, and as written. */
  record Num(BigDecimal value, String literal) {}

  /** What a text held: its value and how deeply it nests (a lone object is 1). */
  record Parsed(Object value, int depth) {}

  private int depth;
  private int maxDepth;

  private JsonTree() {}

  /** Reads {@code json} as one JSON value, or returns {@code null} if it is not exactly one. */
  static Parsed parse(byte[] json) {
    try {
      JsonTree tree = new JsonTree();
      JsonReader reader = JsonReader.of(new Buffer().write(json));
      Object value = tree.value(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        return null;
      }
      return new Parsed(value, tree.maxDepth);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Reads an answer of the server, which must be one JSON object, as plain maps and lists. */
  static Map<String, Object> parseObject(String text) {
    Parsed parsed = parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return parsed != null && parsed.value() instanceof Obj obj ? obj.toMap() : null;
  }

  /** {@code value} with objects as maps and numbers as {@link BigDecimal}s. */
  static Object plain(Object value) {
    if (value instanceof Obj obj) {
      return obj.toMap();
    } else if (value instanceof Num num) {
      return num.value();
    } else if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(element -> out.add(plain(element)));
      return out;
    }
    return value;
  }

  private Object value(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        enter();
        List<Member> members = new ArrayList<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          members.add(new Member(name, value(reader)));
        }
        reader.endObject();
        depth--;
        return new Obj(members);
      }
      case BEGIN_ARRAY -> {
        enter();
        List<Object> elements = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          elements.add(value(reader));
        }
        reader.endArray();
        depth--;
        return elements;
      }
      case STRING -> {
        return reader.nextString();
      }
      case NUMBER -> {
        String literal = reader.nextString();
        return new Num(new BigDecimal(literal), literal);
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        return reader.nextNull();
      }
      default -> throw new IOException("Unexpected " + reader.peek());
    }
  }

  private void enter() {
    depth++;
    maxDepth = Math.max(maxDepth, depth);
  }
}
