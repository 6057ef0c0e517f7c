package io.channels4j.benchmarks.load;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options with defaults. */
final class Options {
  private final Map<String, String> values = new HashMap<>();

  Options(String[] args, int from) {
    for (int i = from; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      values.put(args[i].substring(2), args[++i]);
    }
  }

  int intValue(String name, int fallback) {
    String value = values.get(name);
    return value == null ? fallback : Integer.parseInt(value);
  }

  double doubleValue(String name, double fallback) {
    String value = values.get(name);
    return value == null ? fallback : Double.parseDouble(value);
  }

  String string(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }
}
