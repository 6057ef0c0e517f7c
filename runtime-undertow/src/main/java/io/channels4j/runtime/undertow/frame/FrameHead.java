package io.channels4j.runtime.undertow.frame;

import io.channels4j.runtime.ParseError;
import java.nio.charset.StandardCharsets;

/**
 * The {@code action} and {@code request_id} of one client frame, read by one scan of the whole
 * frame that also checks it is a single JSON object nested no deeper than the server allows.
 *
 * <p>The scan accepts exactly what Moshi's strict {@code JsonReader} accepts, quirks included: for
 * an action without a payload it is the only check a frame gets, and a frame must not pass or fail
 * depending on whether its action takes a payload. {@code FrameHeadDifferentialTest} holds it to
 * that.
 *
 * <p>{@code request_id} may stand anywhere in the object: a frame refused for its {@code action} or
 * for nesting too deep is still scanned to its end, so the error echoes a {@code request_id} that
 * follows; the first error in the frame is the one reported. A {@code request_id} must be a JSON
 * integer that fits a long ({@code 7}, not {@code 7.0}, {@code "7"} or {@code 1e2}); any other
 * value is refused and the error carries the default, 1.
 *
 * <p>One instance per frame; not thread-safe. After a failed {@link #scan} the {@link #action()}
 * and {@link #requestId()} are whatever was read before the failure, so the error frame still
 * echoes them.
 *
 * <p>Longer than the other classes on purpose: a hand-written lexer over the frame's bytes, kept in
 * one class so the hot path is one pass with no indirection; it replaced a walk with Moshi's reader
 * for speed (BENCHMARKS.md).
 */
public final class FrameHead {
  /** Moshi's JsonReader fails on the 256th open container; so does the scan, even past an error. */
  private static final int MOSHI_MAX_DEPTH = 255;

  private String action;
  private long requestId = 1;

  private byte[] json;
  private int pos;
  private int maxDepth;
  private boolean escaped; // whether the string just skipped holds an escape
  private Malformed firstError; // a non-string action or a too-deep value, reported at the end
  private Malformed rising; // a too-deep value's error, still gathering the path of its containers
  private int risingDepth; // the depth of the container whose step rising takes next, plus 1

  /**
   * Scans the whole frame, leaving {@code frame} as it was for the payload decoder.
   *
   * @param maxDepth the deepest nesting allowed, the outer object counting as 1 (at most 255)
   * @throws ParseError if the frame is empty, not JSON, not an object, too deep, or if {@code
   *     action} is not a string or {@code request_id} not an integer
   */
  public FrameHead scan(byte[] frame, int maxDepth) {
    json = frame;
    pos = 0;
    this.maxDepth = Math.min(maxDepth, MOSHI_MAX_DEPTH);
    firstError = null;
    rising = null;
    try {
      if (nextToken() != '{') {
        throw new Malformed("Expected a JSON object but was " + token());
      }
      pos++;
      object(1);
      if (skipWhitespace() < json.length) {
        throw new Malformed("Expected one JSON object but found more");
      }
      if (firstError != null) {
        throw firstError;
      }
      return this;
    } catch (Malformed e) {
      Malformed first = firstError != null ? firstError : e;
      throw new ParseError(first.getMessage() + " at path $" + first.path);
    }
  }

  /** The frame's {@code action}, or {@code null} if it carried none. */
  public String action() {
    return action;
  }

  /** The frame's {@code request_id}, 1 if it carried none. */
  public long requestId() {
    return requestId;
  }

  /** Reads the members of the object at {@code depth} whose '{' is behind {@code pos}. */
  private void object(int depth) {
    int nameFrom = -1; // the current member's name, for the path of an error
    int nameTo = -1;
    try {
      if (nextToken() == '}') {
        pos++;
        return;
      }
      while (true) {
        if (json[pos] != '"') {
          throw new Malformed("Expected name");
        }
        int end = skipString(pos + 1);
        nameFrom = pos + 1;
        nameTo = end - 1;
        boolean nameEscaped = escaped;
        pos = end;
        if (nextToken() != ':') {
          throw new Malformed("Expected ':'");
        }
        pos++;
        nextToken();
        if (depth == 1 && isName(nameFrom, nameTo, nameEscaped, "action")) {
          action(depth);
        } else if (depth == 1 && isName(nameFrom, nameTo, nameEscaped, "request_id")) {
          requestId = 1; // what the error carries if this one is not an integer
          requestId = integer();
        } else {
          skipValue(depth + 1);
        }
        if (risesFrom(depth)) {
          rise(depth, "." + decode(nameFrom, nameTo));
        }
        int c = nextToken();
        pos++;
        if (c == '}') {
          return;
        } else if (c != ',') {
          throw new Malformed("Unterminated object");
        }
        nextToken();
      }
    } catch (Malformed e) {
      String step = nameFrom < 0 ? "." : "." + decode(nameFrom, nameTo);
      if (risesFrom(depth)) {
        rise(depth, step); // a later error ends the scan inside the too-deep value
      }
      throw e.within(step);
    }
  }

  /** Skips the elements of the array at {@code depth} whose '[' is behind {@code pos}. */
  private void array(int depth) {
    int index = 0;
    try {
      if (nextToken() == ']') {
        pos++;
        return;
      }
      while (true) {
        skipValue(depth + 1);
        if (risesFrom(depth)) {
          rise(depth, "[" + index + "]");
        }
        index++;
        int c = nextToken();
        pos++;
        if (c == ']') {
          return;
        } else if (c != ',') {
          throw new Malformed("Unterminated array");
        }
        nextToken();
      }
    } catch (Malformed e) {
      if (risesFrom(depth)) {
        rise(depth, "[" + index + "]");
      }
      throw e.within("[" + index + "]");
    }
  }

  /** Skips the value at {@code pos}; a container there would sit at {@code depth}. */
  private void skipValue(int depth) {
    int c = json[pos];
    if (c == '{' || c == '[') {
      if (depth > maxDepth && firstError == null) {
        firstError = rising = new Malformed("JSON nested deeper than " + maxDepth + " levels");
        risingDepth = depth;
      }
      if (depth > MOSHI_MAX_DEPTH) {
        throw new Malformed("Nesting too deep"); // never reported: an error came before it
      }
      pos++;
      if (c == '{') {
        object(depth);
      } else {
        array(depth);
      }
    } else if (c == '"') {
      pos = skipString(pos + 1);
    } else {
      literal();
    }
  }

  /** Whether a too-deep value's error has just climbed out of the container at {@code depth}. */
  private boolean risesFrom(int depth) {
    return rising != null && risingDepth == depth + 1;
  }

  /** Adds that container's {@code step} to the error's path; the outer object completes it. */
  private void rise(int depth, String step) {
    rising.within(step);
    risingDepth = depth;
    if (depth == 1) {
      rising = null;
    }
  }

  /** Reads the action at {@code pos}; one that is not a string is refused once the scan ends. */
  private void action(int depth) {
    if (json[pos] == '"') {
      action = string();
      return;
    }
    int start = pos;
    String token = token();
    if (firstError == null) {
      firstError = new Malformed("Expected a string but was " + token).within(".action");
    }
    pos = start;
    skipValue(depth + 1);
  }

  /** Reads the string value at {@code pos}. */
  private String string() {
    if (json[pos] != '"') {
      throw new Malformed("Expected a string but was " + token());
    }
    int end = skipString(pos + 1);
    String value = decode(pos + 1, end - 1);
    pos = end;
    return value;
  }

  /** Reads the value at {@code pos} as a JSON integer that fits a long: no fraction or exponent. */
  private long integer() {
    int start = pos;
    int c = json[start];
    if (c != '-' && (c < '0' || c > '9')) {
      throw new Malformed("Expected a long but was " + token());
    }
    literal();
    boolean negative = c == '-';
    int i = negative ? start + 1 : start;
    long value = 0;
    // 18 digits are far from overflowing; longer numbers go through Long.parseLong.
    while (i < pos && i - start < 18 && json[i] >= '0' && json[i] <= '9') {
      value = value * 10 + (json[i++] - '0');
    }
    if (i == pos) {
      return negative ? -value : value;
    }
    String text = new String(json, start, pos - start, StandardCharsets.ISO_8859_1);
    try {
      return Long.parseLong(text); // refuses a fraction or an exponent, and what overflows
    } catch (NumberFormatException e) {
      throw new Malformed("Expected a long but was " + text);
    }
  }

  /** The name of the token at {@code pos}, as Moshi's {@code JsonReader.Token} has it. */
  private String token() {
    switch (json[pos]) {
      case '{':
        return "BEGIN_OBJECT";
      case '[':
        return "BEGIN_ARRAY";
      case '"':
        return "STRING";
      default:
        return literal();
    }
  }

  /** Skips the keyword or number at {@code pos} and returns its token's name. */
  private String literal() {
    int c = json[pos];
    String token;
    if (c == 't' || c == 'T') {
      token = keyword("true", "BOOLEAN");
    } else if (c == 'f' || c == 'F') {
      token = keyword("false", "BOOLEAN");
    } else if (c == 'n' || c == 'N') {
      token = keyword("null", "NULL");
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      token = number();
    } else {
      throw new Malformed("Expected value");
    }
    if (pos < json.length && !endsLiteral(json[pos])) {
      throw new Malformed("Malformed JSON"); // such as truex, 1x or 1.2.3
    }
    return token;
  }

  /** Skips {@code word}, whose letters Moshi matches in either case: {@code TRUE}, {@code nUlL}. */
  private String keyword(String word, String token) {
    if (pos + word.length() > json.length) {
      throw new Malformed("Malformed JSON");
    }
    for (int i = 1; i < word.length(); i++) {
      if ((json[pos + i] | 0x20) != word.charAt(i)) {
        throw new Malformed("Malformed JSON");
      }
    }
    pos += word.length();
    return token;
  }

  /** Skips a number: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
  private String number() {
    int p = pos;
    if (json[p] == '-') {
      p++;
    }
    int digits = p;
    // Moshi tells a leading zero by the integer so far being 0 in a long that wraps around, so it
    // also refuses a digit after a multiple of 2^64 (18446744073709551616); the scan agrees.
    long value = 0;
    while (p < json.length && json[p] >= '0' && json[p] <= '9') {
      if (p > digits && value == 0) {
        throw new Malformed("Malformed JSON");
      }
      value = value * 10 + (json[p++] - '0');
    }
    p = requireDigits(digits, p);
    if (p < json.length && json[p] == '.') {
      p = requireDigits(p + 1, skipDigits(p + 1));
    }
    if (p < json.length && (json[p] == 'e' || json[p] == 'E')) {
      p++;
      if (p < json.length && (json[p] == '+' || json[p] == '-')) {
        p++;
      }
      p = requireDigits(p, skipDigits(p));
    }
    pos = p;
    return "NUMBER";
  }

  private int skipDigits(int p) {
    while (p < json.length && json[p] >= '0' && json[p] <= '9') {
      p++;
    }
    return p;
  }

  private static int requireDigits(int from, int to) {
    if (to == from) {
      throw new Malformed("Malformed JSON");
    }
    return to;
  }

  /** Whether {@code c} may follow a keyword or number; Moshi refuses anything else there. */
  private static boolean endsLiteral(byte c) {
    switch (c) {
      case '{':
      case '}':
      case '[':
      case ']':
      case ':':
      case ',':
      case ' ':
      case '\t':
      case '\f':
      case '\r':
      case '\n':
        return true;
      default:
        return false;
    }
  }

  /**
   * Skips the rest of a string from {@code p}, past its opening quote, and returns the index after
   * its closing quote. Like Moshi, takes any byte but the quote and backslash as is, control
   * characters and malformed UTF-8 too.
   */
  private int skipString(int p) {
    byte[] json = this.json;
    escaped = false;
    while (p < json.length) {
      byte c = json[p++];
      if (c == '"') {
        return p;
      } else if (c == '\\') {
        escaped = true;
        p = skipEscape(p);
      }
    }
    throw new Malformed("Unterminated string");
  }

  /** Skips the escape whose backslash is behind {@code p}, returning the index after it. */
  private int skipEscape(int p) {
    if (p == json.length) {
      throw new Malformed("Unterminated escape sequence");
    }
    switch (json[p]) {
      case 'u':
        if (p + 5 > json.length) {
          throw new Malformed("Unexpected end of input");
        }
        for (int i = p + 1; i < p + 5; i++) {
          if (hex(json[i]) < 0) {
            throw new Malformed("Invalid escape sequence");
          }
        }
        return p + 5;
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
      case '\'': // Moshi's strict mode takes \' and a backslash before a line feed
      case '\n':
        return p + 1;
      default:
        throw new Malformed("Invalid escape sequence");
    }
  }

  private static int hex(byte c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    } else if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Whether the string between {@code from} and {@code to} (quotes excluded) is {@code name}. */
  private boolean isName(int from, int to, boolean escaped, String name) {
    if (escaped) {
      return decode(from, to).equals(name);
    } else if (to - from != name.length()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (json[from + i] != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The string between {@code from} and {@code to} (quotes excluded, already checked), decoded as
   * Moshi does: each run between escapes as UTF-8, malformed bytes becoming U+FFFD.
   */
  private String decode(int from, int to) {
    StringBuilder out = null;
    int run = from;
    for (int p = from; p < to; p++) {
      if (json[p] != '\\') {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(to - from);
      }
      out.append(new String(json, run, p - run, StandardCharsets.UTF_8));
      byte c = json[++p];
      if (c == 'u') {
        out.append(
            (char)
                (hex(json[p + 1]) << 12
                    | hex(json[p + 2]) << 8
                    | hex(json[p + 3]) << 4
                    | hex(json[p + 4])));
        p += 4;
      } else {
        out.append(unescape(c));
      }
      run = p + 1;
    }
    String last = new String(json, run, to - run, StandardCharsets.UTF_8);
    return out == null ? last : out.append(last).toString();
  }

  private static char unescape(byte c) {
    switch (c) {
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      default:
        return (char) c; // " \ / ' and a line feed stand for themselves
    }
  }

  /** Moves {@code pos} past JSON's four whitespace characters and returns it. */
  private int skipWhitespace() {
    byte[] json = this.json;
    int p = pos;
    while (p < json.length
        && (json[p] == ' ' || json[p] == '\n' || json[p] == '\r' || json[p] == '\t')) {
      p++;
    }
    return pos = p;
  }

  /** Skips whitespace and returns the byte there, failing at the end of the frame. */
  private int nextToken() {
    if (skipWhitespace() == json.length) {
      throw new Malformed("Unexpected end of input");
    }
    return json[pos];
  }

  /** Why the frame is refused; gathers the path on its way out of the containers. */
  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final StringBuilder path = new StringBuilder();

    Malformed(String message) {
      super(message, null, false, false);
    }

    Malformed within(String step) {
      path.insert(0, step);
      return this;
    }
  }
}
