package io.channels4j.runtime.undertow.frame;

import io.channels4j.runtime.ParseError;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A MessagePack frame of the {@code msgpack} subprotocol as the JSON text of the same frame, in one
 * pass over its bytes, so that it then takes the path of every JSON frame and gets the same answer:
 * the same payload codecs, validation and errors. docs/PROTOCOL.md gives the mapping: nil,
 * booleans, integers, floats, strings, arrays and maps with string keys as their JSON counterparts,
 * bin as base64 text; extension types and non-finite floats have none and are a {@code Parse
 * Error}.
 *
 * <p>Every length a frame declares is checked against the bytes it has before anything is copied,
 * so a hostile frame cannot make it allocate more than a few times its own size.
 */
public final class MessagePackToJson {
  /** As deep as Moshi reads; the server's own, lower depth limit applies to the JSON after. */
  private static final int MAX_DEPTH = 255;

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final byte[] in;
  private final int end;
  private int pos;
  private byte[] out;
  private int size;
  private final StringBuilder digits = new StringBuilder(32);

  private MessagePackToJson(byte[] in, int length) {
    this.in = in;
    this.end = length;
    this.out = new byte[Math.max(16, length + (length >> 1))];
  }

  /**
   * The JSON text of the MessagePack value in the first {@code length} bytes of {@code frame}.
   *
   * @throws ParseError if they are not exactly one MessagePack value that JSON can hold
   */
  public static byte[] convert(byte[] frame, int length) {
    MessagePackToJson converter = new MessagePackToJson(frame, length);
    converter.value(1);
    if (converter.pos != length) {
      throw new ParseError("Expected one MessagePack value but found more");
    }
    return Arrays.copyOf(converter.out, converter.size);
  }

  private void value(int depth) {
    int b = next();
    if (b <= 0x7f || b >= 0xe0) {
      number((byte) b); // a positive or negative fixint
    } else if (b <= 0x8f) {
      map(b & 0x0f, depth);
    } else if (b <= 0x9f) {
      array(b & 0x0f, depth);
    } else if (b <= 0xbf) {
      string(b & 0x1f);
    } else {
      switch (b) {
        case 0xc0 -> write("null");
        case 0xc2 -> write("false");
        case 0xc3 -> write("true");
        case 0xc4 -> binary(length(1));
        case 0xc5 -> binary(length(2));
        case 0xc6 -> binary(length(4));
        case 0xca -> finite(Float.intBitsToFloat((int) unsigned(4)), true);
        case 0xcb -> finite(Double.longBitsToDouble(unsigned(8)), false);
        case 0xcc -> number(unsigned(1));
        case 0xcd -> number(unsigned(2));
        case 0xce -> number(unsigned(4));
        case 0xcf -> write(Long.toUnsignedString(unsigned(8)));
        case 0xd0 -> number((byte) unsigned(1));
        case 0xd1 -> number((short) unsigned(2));
        case 0xd2 -> number((int) unsigned(4));
        case 0xd3 -> number(unsigned(8));
        case 0xd9 -> string(length(1));
        case 0xda -> string(length(2));
        case 0xdb -> string(length(4));
        case 0xdc -> array(length(2), depth); // each element takes a byte at least
        case 0xdd -> array(length(4), depth);
        case 0xde -> map(length(2), depth);
        case 0xdf -> map(length(4), depth);
        case 0xc1 -> throw new ParseError("Malformed MessagePack: 0xc1 is never used");
        default -> throw new ParseError("MessagePack extension types have no JSON form");
      }
    }
  }

  private void map(int count, int depth) {
    deeper(depth);
    write('{');
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        write(',');
      }
      int b = next();
      if (b >= 0xa0 && b <= 0xbf) {
        string(b & 0x1f);
      } else if (b >= 0xd9 && b <= 0xdb) {
        string(length(1 << (b - 0xd9)));
      } else {
        throw new ParseError("MessagePack map keys must be strings");
      }
      write(':');
      value(depth + 1);
    }
    write('}');
  }

  private void array(int count, int depth) {
    deeper(depth);
    write('[');
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        write(',');
      }
      value(depth + 1);
    }
    write(']');
  }

  private static void deeper(int depth) {
    if (depth > MAX_DEPTH) {
      throw new ParseError("MessagePack nested deeper than " + MAX_DEPTH + " levels");
    }
  }

  /** A UTF-8 string of {@code length} bytes at {@code pos}, checked and escaped as JSON text. */
  private void string(int length) {
    need(length);
    ensure(length + 2);
    byte[] out = this.out;
    int o = size;
    out[o++] = '"';
    int to = pos + length;
    for (int p = pos; p < to; ) {
      int c = in[p] & 0xff;
      if (c < 0x80) {
        p++;
        if (c == '"' || c == '\\' || c < 0x20) {
          size = o;
          ensure(6 + to - p + 1); // this escape, the rest unescaped, the closing quote
          out = this.out;
          out[o++] = '\\';
          if (c >= 0x20) {
            out[o++] = (byte) c;
          } else {
            out[o++] = 'u';
            out[o++] = '0';
            out[o++] = '0';
            out[o++] = HEX[c >> 4];
            out[o++] = HEX[c & 0xf];
          }
        } else {
          out[o++] = (byte) c;
        }
      } else {
        int n = utf8Sequence(p, to);
        System.arraycopy(in, p, out, o, n);
        o += n;
        p += n;
      }
    }
    out[o++] = '"';
    size = o;
    pos = to;
  }

  /**
   * The length of the well-formed UTF-8 sequence of a non-ASCII character at {@code p}, ending by
   * {@code to}: no overlong form, no surrogate, nothing past U+10FFFF (RFC 3629).
   */
  private int utf8Sequence(int p, int to) {
    int c = in[p] & 0xff;
    int n;
    int min;
    if (c >= 0xc2 && c <= 0xdf) {
      n = 2;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 3;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 4;
      min = 0x10000;
    } else {
      throw invalidUtf8();
    }
    if (p + n > to) {
      throw invalidUtf8();
    }
    int code = c & (0x3f >> (n - 1));
    for (int i = 1; i < n; i++) {
      int next = in[p + i] & 0xff;
      if ((next & 0xc0) != 0x80) {
        throw invalidUtf8();
      }
      code = code << 6 | next & 0x3f;
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      throw invalidUtf8();
    }
    return n;
  }

  private static ParseError invalidUtf8() {
    return new ParseError("Invalid UTF-8 in a MessagePack string");
  }

  private void binary(int length) {
    need(length);
    byte[] base64 = Base64.getEncoder().encode(Arrays.copyOfRange(in, pos, pos + length));
    pos += length;
    ensure(base64.length + 2);
    out[size++] = '"';
    System.arraycopy(base64, 0, out, size, base64.length);
    size += base64.length;
    out[size++] = '"';
  }

  private void finite(double value, boolean single) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new ParseError("A MessagePack float of " + value + " has no JSON form");
    }
    // The text of Double.toString (a float32's of Float.toString: 0.1f is the 0.1 its sender
    // meant), appended to one builder rather than made a String each.
    digits.setLength(0);
    if (single) {
      digits.append((float) value);
    } else {
      digits.append(value);
    }
    int n = digits.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      out[size++] = (byte) digits.charAt(i);
    }
  }

  /** {@code value} in decimal, written in place. */
  private void number(long value) {
    if (value == Long.MIN_VALUE) {
      write("-9223372036854775808"); // the one value whose negation overflows
      return;
    }
    ensure(20);
    if (value < 0) {
      out[size++] = '-';
      value = -value;
    }
    int digitCount = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digitCount++;
    }
    for (int i = size + digitCount - 1; i >= size; i--) {
      out[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size += digitCount;
  }

  /** The next byte, unsigned. */
  private int next() {
    need(1);
    return in[pos++] & 0xff;
  }

  /** The next {@code n} bytes as a big-endian unsigned number (n = 8 may come out negative). */
  private long unsigned(int n) {
    need(n);
    long value = 0;
    for (int i = 0; i < n; i++) {
      value = value << 8 | (in[pos++] & 0xff);
    }
    return value;
  }

  /** A length or count of {@code n} bytes, checked against the bytes left. */
  private int length(int n) {
    long length = unsigned(n);
    if (length > end - pos) {
      throw truncated();
    }
    return (int) length;
  }

  private void need(int n) {
    if (n > end - pos) {
      throw truncated();
    }
  }

  private static ParseError truncated() {
    return new ParseError("Malformed MessagePack: the frame ends inside a value");
  }

  private void write(char c) {
    ensure(1);
    out[size++] = (byte) c;
  }

  private void write(String ascii) {
    int n = ascii.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      out[size++] = (byte) ascii.charAt(i);
    }
  }

  private void ensure(int more) {
    if (size + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
    }
  }
}
