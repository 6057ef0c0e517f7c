package io.channels4j.runtime.undertow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A channel path such as {@code /chat/{topic}}: matches request paths segment by segment and fills
 * room templates such as {@code chat:{topic}} from the matched parameters.
 */
final class PathTemplate {
  private final String template;
  private final String[] segments;
  private final boolean[] parameter;

  private PathTemplate(String template) {
    this.template = template;
    this.segments = split(template);
    this.parameter = new boolean[segments.length];
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.startsWith("{") && segment.endsWith("}") && segment.length() > 2) {
        parameter[i] = true;
        segments[i] = segment.substring(1, segment.length() - 1);
      } else if (segment.contains("{") || segment.contains("}")) {
        throw new IllegalArgumentException(
            "Path template " + template + ": a {param} must be a whole path segment");
      }
    }
  }

  /** Parses {@code template}, such as {@code /chat/{topic}}. */
  static PathTemplate parse(String template) {
    return new PathTemplate(template);
  }

  /** The template as written. */
  String template() {
    return template;
  }

  /** Whether the template has no parameters. */
  boolean isLiteral() {
    for (boolean p : parameter) {
      if (p) {
        return false;
      }
    }
    return true;
  }

  /** The parameters of {@code path}, or {@code null} if it does not match. */
  Map<String, String> match(String path) {
    String[] actual = split(path);
    if (actual.length != segments.length) {
      return null;
    }
    Map<String, String> params = null;
    for (int i = 0; i < segments.length; i++) {
      if (parameter[i]) {
        if (actual[i].isEmpty()) {
          return null;
        }
        if (params == null) {
          params = new LinkedHashMap<>();
        }
        params.put(segments[i], actual[i]);
      } else if (!segments[i].equals(actual[i])) {
        return null;
      }
    }
    return params == null ? Map.of() : params;
  }

  /**
   * Fills {@code {name}} placeholders of {@code roomTemplate} from {@code params}; an empty room
   * template means the request path itself.
   */
  static String room(String roomTemplate, Map<String, String> params, String path) {
    if (roomTemplate.isEmpty()) {
      return path;
    }
    if (roomTemplate.indexOf('{') < 0) {
      return roomTemplate;
    }
    StringBuilder out = new StringBuilder(roomTemplate.length() + 16);
    int i = 0;
    while (i < roomTemplate.length()) {
      int open = roomTemplate.indexOf('{', i);
      int close = open < 0 ? -1 : roomTemplate.indexOf('}', open);
      if (open < 0 || close < 0) {
        out.append(roomTemplate, i, roomTemplate.length());
        break;
      }
      out.append(roomTemplate, i, open);
      String name = roomTemplate.substring(open + 1, close);
      String value = params.get(name);
      out.append(value != null ? value : roomTemplate.substring(open, close + 1));
      i = close + 1;
    }
    return out.toString();
  }

  private static String[] split(String path) {
    List<String> parts = new ArrayList<>();
    int start = path.startsWith("/") ? 1 : 0;
    int end = path.endsWith("/") && path.length() > 1 ? path.length() - 1 : path.length();
    if (start >= end) {
      return new String[0];
    }
    int i = start;
    while (true) {
      int slash = path.indexOf('/', i);
      if (slash < 0 || slash >= end) {
        parts.add(path.substring(i, end));
        break;
      }
      parts.add(path.substring(i, slash));
      i = slash + 1;
    }
    return parts.toArray(new String[0]);
  }
}
