package io.channels4j.benchmarks.jmh;

/** The client frames {@link CodecBenchmark} answers, built the same way every run. */
final class Frames {
  /** Text with every escape the frames use and non-ASCII text, as JSON string contents. */
  private static final String[] TEXTS = {
    "He said \\\"see you at 10\\\" and left.\\nPath: C:\\\\Users\\\\mike\\\\notes.txt\\tdone",
    "caf\\u00e9, na\\u00efve, \\u00fcber and \\u00c5ngstr\\u00f6m, escaped on the wire",
    "你好，世界！今天的天气怎么样？我们下午三点在公园见面。",
    "emoji as they are 😀🎉👍🏽 and escaped \\ud83d\\ude80\\ud83c\\udf0d",
    "Ελληνικά, русский, العربية, 日本語のテキスト, 한국어",
    "tabs\\tand\\nnew lines\\r\\nand a \\\"quoted \\\\ backslash\\\" in the middle",
  };

  /**
   * Doubles as {@link Double#toString(double)} writes them: negative, exponents large and small,
   * whole, fractional.
   */
  private static final double[] VALUES = {
    1.5E-7,
    -2.25E-5,
    6.02E23,
    -0.001,
    0.1,
    3.141592653589793,
    -1234567.875,
    9.999E9,
    1.0E7,
    -7.0E-4,
  };

  /** Articles in the {@code large} frame. */
  private static final int ARTICLES = 28;

  private Frames() {}

  static String of(String name) {
    return switch (name) {
      case "chat" -> chat();
      case "post" -> post();
      case "large" -> large();
      case "numbers" -> numbers();
      default -> throw new IllegalArgumentException("no frame " + name);
    };
  }

  private static String chat() {
    return "{\"action\":\"echo\",\"request_id\":7,\"user\":\"mike\","
        + "\"message\":\"hello everyone, how is the weather where you are today?\"}";
  }

  /** A post with ten attachments of three tags each: 874 bytes. */
  private static String post() {
    StringBuilder json =
        new StringBuilder(
            "{\"action\":\"post\",\"request_id\":8,\"user\":\"mike\","
                + "\"message\":\"photos from the weekend, the good ones at the end\","
                + "\"attachments\":[");
    for (int i = 0; i < 10; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"name\":\"IMG_")
          .append(4100 + i)
          .append(".jpg\",\"size\":")
          .append(1_048_576 + i * 7919)
          .append(",\"tags\":[\"holiday\",\"beach\",\"family\"]}");
    }
    return json.append("]}").toString();
  }

  /**
   * A digest of 28 articles with nested lists and maps, escaped strings (quotes, backslashes,
   * control characters, backslash-u escapes with surrogate pairs) and non-ASCII text (Chinese,
   * emoji, Greek, Cyrillic, Arabic): about 16 KB.
   */
  private static String large() {
    StringBuilder json =
        new StringBuilder(
            "{\"action\":\"large\",\"request_id\":9,\"title\":\"weekly digest \\u2014 "
                + "每周摘要 📰\",\"articles\":[");
    for (int i = 0; i < ARTICLES; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"id\":\"a-")
          .append(i)
          .append("\",\"headline\":\"")
          .append(TEXTS[i % TEXTS.length])
          .append("\",\"body\":\"");
      for (int j = 0; j < 4; j++) {
        json.append(j == 0 ? "" : " ").append(TEXTS[(i + j) % TEXTS.length]);
      }
      json.append("\",\"views\":")
          .append(i * 1_337)
          .append(",\"pinned\":")
          .append(i % 3 == 0)
          .append(",\"tags\":[\"news\",\"新闻\",\"día ")
          .append(i)
          .append("\"],\"labels\":{\"lang\":\"")
          .append(i % 2 == 0 ? "zh" : "en")
          .append("\",\"mood\":\"😀\",\"quote\":\"\\\"")
          .append(i)
          .append("\\\"\"},\"grid\":[[")
          .append(i)
          .append(",")
          .append(-i)
          .append(",")
          .append(i * i)
          .append("],[],[7]]}");
    }
    json.append("],\"index\":{");
    for (int topic = 0; topic < 4; topic++) {
      json.append(topic == 0 ? "" : ",").append("\"topic-").append(topic).append("\":[");
      for (int i = topic; i < ARTICLES; i += 4) {
        json.append(i == topic ? "" : ",").append("\"a-").append(i).append('"');
      }
      json.append(']');
    }
    return json.append("}}").toString();
  }

  /** 50 readings of two longs, an int and two doubles each. */
  private static String numbers() {
    StringBuilder json =
        new StringBuilder(
            "{\"action\":\"numbers\",\"request_id\":10,\"sensor\":\"probe-7\",\"readings\":[");
    for (int i = 0; i < 50; i++) {
      long id = (i % 2 == 0 ? -1 : 1) * 9_007_199_254_740_993L / (i + 1);
      json.append(i == 0 ? "" : ",")
          .append("{\"id\":")
          .append(id)
          .append(",\"count\":")
          .append(i * 31 - 700)
          .append(",\"value\":")
          .append(VALUES[i % VALUES.length] * (i / VALUES.length + 1))
          .append(",\"ratio\":")
          .append((i + 0.5) / 64)
          .append(",\"timestamp\":")
          .append(1_700_000_000_000L + i * 1_234_567L)
          .append('}');
    }
    return json.append("]}").toString();
  }
}
