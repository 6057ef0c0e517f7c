package io.channels4j.runtime.undertow.frame;

import java.util.Random;

/** Random JSON texts over the whole data model: every number range, escapes and non-ASCII text. */
final class RandomJson {
  private static final String[] WORDS = {
    "",
    "a",
    "request_id",
    "h\u00e9",
    "\u2713",
    "\ud83d\ude00",
    "quote\"",
    "back\\slash",
    "line\n",
    "tab\t",
    "nul\u0000",
    "x".repeat(40),
    "y".repeat(300)
  };

  private RandomJson() {}

  static String value(Random random, int depth) {
    int kind = random.nextInt(depth > 4 ? 6 : 8);
    return switch (kind) {
      case 0 -> "null";
      case 1 -> random.nextBoolean() ? "true" : "false";
      case 2 -> Long.toString(integer(random));
      case 3 ->
          Double.toString(
              random.nextBoolean() ? random.nextDouble() : random.nextGaussian() * 1e30);
      case 4 -> literal(WORDS[random.nextInt(WORDS.length)], random);
      case 5 -> random.nextBoolean() ? "18446744073709551615" : "-9223372036854775808";
      case 6 -> {
        StringBuilder array = new StringBuilder("[");
        int n = count(random);
        for (int i = 0; i < n; i++) {
          array.append(i > 0 ? "," : "").append(value(random, depth + 1));
        }
        yield array.append(']').toString();
      }
      default -> {
        StringBuilder object = new StringBuilder("{");
        int n = count(random);
        for (int i = 0; i < n; i++) {
          String name = WORDS[random.nextInt(WORDS.length)] + i; // names differ
          object.append(i > 0 ? "," : "").append(literal(name, random)).append(':');
          object.append(value(random, depth + 1));
        }
        yield object.append('}').toString();
      }
    };
  }

  /** Sizes around MessagePack's header forms: fix, 16-bit. */
  private static int count(Random random) {
    return random.nextInt(10) == 0 ? 15 + random.nextInt(3) : random.nextInt(5);
  }

  private static long integer(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> random.nextInt(256) - 128;
      case 1 -> random.nextInt(70_000) - 35_000;
      case 2 -> random.nextInt();
      case 3 -> random.nextLong();
      case 4 -> 0xffffffffL + random.nextInt(3) - 1;
      default -> random.nextInt(40) - 33;
    };
  }

  /** {@code word} as a JSON string literal, with its escapes and some needless ones. */
  private static String literal(String word, Random random) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : word.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (c == 'h' && random.nextBoolean()) {
        out.append("\\u0068"); // an escape that needs none
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
