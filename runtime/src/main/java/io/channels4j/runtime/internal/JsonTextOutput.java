package io.channels4j.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fast path's JSON writer: generated codecs write replies with it into a growable byte buffer,
 * byte for byte as Moshi's {@code JsonWriter} (compact, strict, nulls left to the caller) writes
 * them, so a reply does not depend on which path encoded it.
 *
 * <p>Commas are its business: it remembers per open container whether something was written in it.
 * Reusable after {@link #reset()}; not thread-safe.
 */
public final class JsonTextOutput extends JsonOutput {
  /** What each ASCII char is written as in a string, or null if as itself: Moshi's escapes. */
  private static final byte[][] ESCAPES = new byte[128][];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = ascii(String.format("\\u%04x", c));
    }
    ESCAPES['"'] = ascii("\\\"");
    ESCAPES['\\'] = ascii("\\\\");
    ESCAPES['\t'] = ascii("\\t");
    ESCAPES['\b'] = ascii("\\b");
    ESCAPES['\n'] = ascii("\\n");
    ESCAPES['\r'] = ascii("\\r");
    ESCAPES['\f'] = ascii("\\f");
  }

  private static final byte[] TRUE = ascii("true");
  private static final byte[] FALSE = ascii("false");
  private static final byte[] NULL = ascii("null");
  private static final byte[] LONG_MIN_VALUE = ascii(Long.toString(Long.MIN_VALUE));

  private boolean[] nonEmpty = new boolean[16]; // per open container, index 0 the top level
  private int depth;
  private boolean afterName; // a name was written, its value not yet

  /**
   * Where doubles and floats are spelled: {@code StringBuilder.append} writes exactly what {@code
   * Double.toString} and {@code Float.toString} return, without a new string for each number.
   */
  private final StringBuilder digits = new StringBuilder(32);

  /** An empty output. */
  public JsonTextOutput() {}

  /** Empties the output for the next document, keeping its buffer. */
  @Override
  public JsonOutput reset() {
    count = 0;
    depth = 0;
    nonEmpty[0] = false;
    afterName = false;
    return this;
  }

  /** Writes '{'. */
  @Override
  public void beginObject() {
    open('{');
  }

  /** Writes '}'. */
  @Override
  public void endObject() {
    close('}');
  }

  /** Writes '['. */
  @Override
  public void beginArray() {
    open('[');
  }

  /** Writes ']'. */
  @Override
  public void endArray() {
    close(']');
  }

  private void open(char c) {
    beforeValue();
    put(c);
    depth++;
    if (depth == nonEmpty.length) {
      nonEmpty = Arrays.copyOf(nonEmpty, depth * 2);
    }
    nonEmpty[depth] = false;
  }

  private void close(char c) {
    put(c);
    depth--;
  }

  /** Writes a member name made by {@link #encodeName}, with the ',' before it when needed. */
  @Override
  public void name(byte[] encodedName) {
    comma();
    append(encodedName);
    afterName = true;
  }

  /** Writes a member name, a Map key, with the ',' before it when needed and the ':' after. */
  @Override
  public void name(String name) {
    comma();
    string(name);
    put(':');
    afterName = true;
  }

  /** Writes a string; {@code value} is not null. */
  @Override
  public void value(String value) {
    beforeValue();
    string(value);
  }

  /** Writes {@code true} or {@code false}. */
  @Override
  public void value(boolean value) {
    beforeValue();
    append(value ? TRUE : FALSE);
  }

  /** Writes a long in decimal. */
  @Override
  public void value(long value) {
    beforeValue();
    if (value == Long.MIN_VALUE) {
      append(LONG_MIN_VALUE);
      return;
    }
    ensure(20);
    byte[] out = buffer;
    if (value < 0) {
      out[count++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long rest = value / 10; rest != 0; rest /= 10) {
      digits++;
    }
    int end = count + digits;
    for (int i = end - 1; i >= count; i--) {
      out[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    count = end;
  }

  /**
   * Writes a double as {@link Double#toString(double)} does.
   *
   * @throws IllegalArgumentException if it is NaN or infinite, in Moshi's words
   */
  @Override
  public void value(double value) {
    requireFinite(value);
    beforeValue();
    digits.setLength(0);
    writeAscii(digits.append(value));
  }

  /**
   * Writes a float as {@link Float#toString(float)} does, as Moshi's float adapter writes it.
   *
   * @throws IllegalArgumentException if it is NaN or infinite, in Moshi's words
   */
  @Override
  public void value(float value) {
    requireFinite(value);
    beforeValue();
    digits.setLength(0);
    writeAscii(digits.append(value));
  }

  /**
   * Writes the text of a number as it is, as Moshi's {@code JsonWriter.value(Number)} writes a
   * number's {@code toString()}; {@code text} is an RFC 8259 number, such as a {@code
   * BigDecimal}'s.
   */
  @Override
  public void number(String text) {
    beforeValue();
    writeAscii(text);
  }

  /** Writes {@code null}: an array element; a member whose value is null is left out instead. */
  @Override
  public void nullValue() {
    beforeValue();
    append(NULL);
  }

  private void append(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, count, bytes.length);
    count += bytes.length;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else {
      comma();
    }
  }

  private void comma() {
    if (nonEmpty[depth]) {
      put(',');
    } else {
      nonEmpty[depth] = true;
    }
  }

  /** Writes the ASCII text {@code s}. */
  private void writeAscii(CharSequence s) {
    int length = s.length();
    ensure(length);
    byte[] out = buffer;
    int k = count;
    for (int i = 0; i < length; i++) {
      out[k++] = (byte) s.charAt(i);
    }
    count = k;
  }

  /**
   * Writes {@code s} quoted as Moshi does: its escapes, U+2028 and U+2029 escaped, the rest as
   * UTF-8, and a lone surrogate as '?' (as okio encodes it).
   */
  private void string(String s) {
    int length = s.length();
    ensure(length * 6L + 2);
    byte[] out = buffer;
    int k = count;
    out[k++] = '"';
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        byte[] escape = ESCAPES[c];
        if (escape == null) {
          out[k++] = (byte) c;
        } else {
          System.arraycopy(escape, 0, out, k, escape.length);
          k += escape.length;
        }
      } else if (c < 0x800) {
        out[k++] = (byte) (0xc0 | c >> 6);
        out[k++] = (byte) (0x80 | (c & 0x3f));
      } else if (c == '\u2028' || c == '\u2029') {
        out[k++] = '\\';
        out[k++] = 'u';
        out[k++] = '2';
        out[k++] = '0';
        out[k++] = '2';
        out[k++] = (byte) (c == '\u2028' ? '8' : '9');
      } else if (!Character.isSurrogate(c)) {
        out[k++] = (byte) (0xe0 | c >> 12);
        out[k++] = (byte) (0x80 | (c >> 6 & 0x3f));
        out[k++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, s.charAt(++i));
        out[k++] = (byte) (0xf0 | codePoint >> 18);
        out[k++] = (byte) (0x80 | (codePoint >> 12 & 0x3f));
        out[k++] = (byte) (0x80 | (codePoint >> 6 & 0x3f));
        out[k++] = (byte) (0x80 | (codePoint & 0x3f));
      } else {
        out[k++] = '?';
      }
    }
    out[k++] = '"';
    count = k;
  }

  private void put(char c) {
    ensure(1);
    buffer[count++] = (byte) c;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
