package io.channels4j.example;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Turns valid frames of a room's actions into hostile ones, deterministically from a {@link
 * Random}: fields of the wrong type, missing and extra fields, nesting around the depth limit,
 * strings around the size limit, escapes valid and not, invalid UTF-8, duplicate keys, trailing
 * garbage, truncation, {@code action} and {@code request_id} anywhere and of any type.
 */
final class FrameMutator {
  /** A frame to send: its bytes, whether as a binary frame, and how it was made. */
  record Fuzzed(byte[] bytes, boolean binary, String how) {}

  /** A member of a frame as raw JSON text, so that mutations can write what JSON forbids. */
  private record Raw(String name, String value) {}

  private static final String[] NUMBERS = {
    "0",
    "-0",
    "7",
    "-7",
    "100",
    "7.0",
    "7.5",
    "-0.0",
    "1e2",
    "1E+2",
    "1e-2",
    "0.0000001e7",
    "2147483647",
    "2147483648",
    "-2147483649",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "1e400",
    "-1e400",
    "4.9e-324",
    "123456789012345678901234567890",
    "01",
    "+1",
    ".5",
    "1.",
    "-",
    "1e",
    "0x10",
    "NaN",
    "Infinity",
    "-Infinity",
    "1.2.3",
    "1e2e3",
    "--1"
  };

  private static final String[] VALUES = {
    "null",
    "true",
    "false",
    "TRUE",
    "nul",
    "\"\"",
    "\"x\"",
    "\"7\"",
    "\"-3\"",
    "\"abc\"",
    "\"7.5\"",
    "{}",
    "[]",
    "[1,2]",
    "{\"a\":1}",
    "[[[]]]",
    "\"\\u0000\"",
    "\"1700000000000-0\"",
    "'single'",
    "undefined",
    "\"\\ud800\""
  };

  private static final String[] STRINGS = {
    "plain",
    "é ✓ 中文 😀",
    "\\n\\t\\\"\\\\\\/",
    "\\u00e9\\u4e2d",
    "\\u0000\\u001f",
    "\\ud83d\\ude00",
    "\\ud800",
    "\\udc00",
    "\\ud800\\u0041",
    "\\ude00\\ud83d",
    "\\u12",
    "\\uZZZZ",
    "\\u00G0",
    "\\x41",
    "\\'",
    "\\a",
    "\\",
    "tab\there",
    "line\nbreak",
    "\u0001\u007f",
    "%s %n {0}",
    "<script>",
    "\\\\u0041"
  };

  private static final String[] NAMES = {
    "action",
    "request_id",
    "user",
    "message",
    "limit",
    "before",
    "after",
    "id",
    "type",
    "status",
    "data",
    "errors",
    "",
    "__proto__",
    "act\\u0069on",
    "request\\u005fid",
    "ACTION",
    "Request_Id",
    "é",
    "\\ud800",
    "constructor"
  };

  private static final String[] GARBAGE = {
    "x",
    "}",
    "{}",
    " 1",
    ",",
    "\u0000",
    "]",
    "\"",
    " {\"action\":\"count\"}",
    "//",
    "/* */",
    "#",
    "\r\n",
    "   ",
    "\t"
  };

  private static final byte[][] BAD_UTF8 = {
    {(byte) 0xff},
    {(byte) 0xc0, (byte) 0x80},
    {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
    {(byte) 0xe2, (byte) 0x82},
    {(byte) 0xf5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0x80},
    {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xe0, (byte) 0x80, (byte) 0xaf}
  };

  private final Random random;
  private final List<String> actions;
  private final int maxJsonDepth;
  private final int maxFrameBytes;

  /**
   * @param actions every action name worth trying: the room's, other rooms', unknown ones
   */
  FrameMutator(Random random, List<String> actions, int maxJsonDepth, int maxFrameBytes) {
    this.random = random;
    this.actions = actions;
    this.maxJsonDepth = maxJsonDepth;
    this.maxFrameBytes = maxFrameBytes;
  }

  /** A mutant of {@code seed}, a valid frame written as one flat JSON object. */
  Fuzzed mutate(String seed) {
    List<Raw> members = members(seed);
    StringBuilder how = new StringBuilder();
    int structural = random.nextInt(3);
    for (int i = 0; i < structural; i++) {
      how.append(mutateMembers(members)).append(' ');
    }
    if (random.nextInt(20) == 0) {
      Collections.shuffle(members, random);
      how.append("shuffled ");
    }
    String text = render(members);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(4) == 0) {
      int which = random.nextInt(6);
      how.append(
          switch (which) {
            case 0 -> {
              bytes = truncate(bytes);
              yield "truncated";
            }
            case 1 -> {
              bytes = concat(bytes, utf8(pick(GARBAGE)));
              yield "trailing garbage";
            }
            case 2 -> {
              bytes = insert(bytes, BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
              yield "invalid UTF-8";
            }
            case 3 -> {
              bytes = flipStructure(bytes);
              yield "structure byte changed";
            }
            case 4 -> {
              bytes =
                  utf8(pick(new String[] {"", " ", "[]", "[" + text + "]", "\"s\"", "1", "null"}));
              yield "not an object";
            }
            default -> {
              bytes = concat(utf8(pick(new String[] {" ", "\n", "\ufeff", "\u00a0"})), bytes);
              yield "leading space or BOM";
            }
          });
    }
    boolean binary = random.nextInt(100) == 0;
    return new Fuzzed(bytes, binary, how.toString().trim() + (binary ? " binary" : ""));
  }

  private String mutateMembers(List<Raw> members) {
    int which = random.nextInt(100);
    if (which < 14 && !members.isEmpty()) {
      int i = random.nextInt(members.size());
      members.set(i, new Raw(members.get(i).name(), anyValue()));
      return "wrong type of " + members.get(i).name();
    } else if (which < 22 && !members.isEmpty()) {
      return "removed " + members.remove(random.nextInt(members.size())).name();
    } else if (which < 32) {
      String name = pick(NAMES);
      if (name.equals("action") || name.equals("request_id")) {
        name = "extra";
      }
      members.add(random.nextInt(members.size() + 1), new Raw(name, anyValue()));
      return "extra " + name;
    } else if (which < 44) {
      setAll(members, "action", random.nextInt(3) == 0 ? anyValue() : quote(pick(actions)));
      return "action";
    } else if (which < 58) {
      setAll(members, "request_id", random.nextBoolean() ? pick(NUMBERS) : anyValue());
      return "request_id";
    } else if (which < 66 && !members.isEmpty()) {
      // action and request_id repeat with their value: which duplicate wins is not defined
      int i = random.nextInt(members.size());
      Raw member = members.get(i);
      boolean head = member.name().equals("action") || member.name().equals("request_id");
      members.add(
          random.nextInt(members.size() + 1), head ? member : new Raw(member.name(), anyValue()));
      return "duplicate " + member.name();
    } else if (which < 74) {
      int depth = maxJsonDepth - 2 + random.nextInt(5);
      if (random.nextInt(4) == 0) {
        depth = pick(new Integer[] {254, 255, 256, 300});
      }
      String name = members.isEmpty() ? "deep" : members.get(random.nextInt(members.size())).name();
      putValue(members, name, nested(depth - 1));
      return "nesting " + depth + " at " + name;
    } else if (which < 75) {
      String name = random.nextBoolean() ? "message" : "user";
      putValue(members, name, "\"\"");
      int room = maxFrameBytes - utf8(render(members)).length;
      int size = room + pick(new Integer[] {-1, 0, 1, 2, 1000});
      putValue(members, name, quote("a".repeat(Math.max(0, size))));
      return "huge " + name + " " + (size - room);
    } else if (which < 80) {
      String name = random.nextBoolean() ? "message" : "user";
      putValue(members, name, quote("b".repeat(random.nextInt(70_000))));
      return "long " + name;
    } else if (which < 92) {
      String name = pick(new String[] {"message", "user", "action", "before", "extra"});
      putValue(members, name, quote(pick(STRINGS) + pick(STRINGS)));
      return "escapes in " + name;
    } else {
      int i = members.isEmpty() ? 0 : random.nextInt(members.size());
      String name = pick(NAMES);
      if (name.equals("action") || name.equals("request_id")) {
        name = "extra";
      }
      members.add(i, new Raw(name, pick(NUMBERS)));
      return "number member " + name;
    }
  }

  private String anyValue() {
    int which = random.nextInt(4);
    return which == 0 ? pick(NUMBERS) : which == 1 ? quote(pick(STRINGS)) : pick(VALUES);
  }

  private String nested(int depth) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      boolean array = random.nextBoolean();
      open.append(array ? "[" : "{\"k\":");
      close.append(array ? "]" : "}");
    }
    return open.append("1").append(close.reverse()).toString();
  }

  private static void setAll(List<Raw> members, String name, String value) {
    boolean found = false;
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).name().equals(name)) {
        members.set(i, new Raw(name, value));
        found = true;
      }
    }
    if (!found) {
      members.add(new Raw(name, value));
    }
  }

  private void putValue(List<Raw> members, String name, String value) {
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).name().equals(name)) {
        members.set(i, new Raw(name, value));
        return;
      }
    }
    members.add(random.nextInt(members.size() + 1), new Raw(name, value));
  }

  private byte[] truncate(byte[] bytes) {
    return java.util.Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
  }

  private byte[] insert(byte[] bytes, byte[] inserted) {
    int at = random.nextInt(bytes.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.write(inserted, 0, inserted.length);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private byte[] flipStructure(byte[] bytes) {
    byte[] copy = bytes.clone();
    if (copy.length > 0) {
      byte[] structure = utf8("{}[]:,\"\\ 0");
      copy[random.nextInt(copy.length)] = structure[random.nextInt(structure.length)];
    }
    return copy;
  }

  private <T> T pick(T[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private String pick(List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static String quote(String rawContent) {
    return "\"" + rawContent + "\"";
  }

  private static String render(List<Raw> members) {
    StringBuilder out = new StringBuilder("{");
    for (Raw member : members) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(quote(member.name())).append(':').append(member.value());
    }
    return out.append('}').toString();
  }

  /** The members of a flat seed such as {@code {"action":"count","request_id":7}}. */
  private static List<Raw> members(String seed) {
    JsonTree.Parsed parsed = JsonTree.parse(utf8(seed));
    List<Raw> members = new ArrayList<>();
    for (JsonTree.Member member : ((JsonTree.Obj) parsed.value()).members()) {
      Object value = member.value();
      String raw =
          value instanceof String s
              ? quote(s)
              : value instanceof JsonTree.Num n ? n.value().toPlainString() : String.valueOf(value);
      members.add(new Raw(member.name(), raw));
    }
    return members;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
