package io.channels4j.runtime.undertow.frame;

import java.nio.charset.StandardCharsets;

/**
 * The tokens of a JSON text in a byte array, read in place: strings, numbers and keywords skipped
 * or decoded as Moshi's strict {@code JsonReader} would read them, failing with its messages.
 * {@link FrameHead} walks the structure on top of it.
 */
abstract class JsonScanner {
  byte[] json;
  int pos;
  boolean escaped; // whether the string just skipped holds an escape

  /** Reads the string value at {@code pos}. */
  final String string() {
    if (json[pos] != '"') {
      throw new Malformed("Expected a string but was " + token());
    }
    int end = skipString(pos + 1);
    String value = decode(pos + 1, end - 1);
    pos = end;
    return value;
  }

  /** Reads the value at {@code pos} as a JSON integer that fits a long: no fraction or exponent. */
  final long integer() {
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
  final String token() {
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
  final String literal() {
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
  final int skipString(int p) {
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
  final boolean isName(int from, int to, boolean escaped, String name) {
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
  final String decode(int from, int to) {
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
  final int skipWhitespace() {
    byte[] json = this.json;
    int p = pos;
    while (p < json.length
        && (json[p] == ' ' || json[p] == '\n' || json[p] == '\r' || json[p] == '\t')) {
      p++;
    }
    return pos = p;
  }

  /** Skips whitespace and returns the byte there, failing at the end of the frame. */
  final int nextToken() {
    if (skipWhitespace() == json.length) {
      throw new Malformed("Unexpected end of input");
    }
    return json[pos];
  }
}
