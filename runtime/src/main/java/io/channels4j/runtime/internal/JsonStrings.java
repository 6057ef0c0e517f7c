package io.channels4j.runtime.internal;

import java.util.Arrays;

/**
 * Checks and decodes JSON strings in place in a byte array: JSON's escapes (a lone surrogate made
 * by {@code \\u} stays, as in Moshi), well-formed UTF-8 decoded once; a raw control character,
 * invalid UTF-8 or an escape beyond JSON's misses. {@link JsonInput}'s string reading, for strings
 * with an escape or beyond ASCII (a plain ASCII one it copies itself).
 *
 * <p>One per {@code JsonInput}, with the scratch chars decoding reuses; not thread-safe.
 */
final class JsonStrings {
  /** After {@link #scan}: whether the string held an escape, and whether it was all ASCII. */
  boolean escaped;

  boolean ascii;

  /** After {@link #decode}: the index after the closing quote. */
  int end;

  private char[] chars = new char[64];

  /** Decodes the string from {@code in[start]}, just after its opening quote, in one pass. */
  String decode(byte[] in, int start) {
    int n = in.length;
    char[] out = chars;
    int k = 0;
    int p = start;
    while (true) {
      if (p >= n) {
        throw JsonInput.miss();
      }
      if (k + 2 > out.length) {
        out = chars = Arrays.copyOf(out, out.length * 2);
      }
      int b = in[p];
      if (b >= 0x20 && b != '"' && b != '\\') {
        out[k++] = (char) b;
        p++;
      } else if (b == '"') {
        end = p + 1;
        return new String(out, 0, k);
      } else if (b == '\\') {
        int e = at(in, p + 1);
        out[k++] = e == 'u' ? (char) hex4(in, p + 2) : unescape(e);
        p += e == 'u' ? 6 : 2;
      } else if (b < 0) {
        int length = utf8Length(in, p);
        int b0 = b & 0xff;
        if (length == 2) {
          out[k++] = (char) (((b0 & 0x1f) << 6) | (in[p + 1] & 0x3f));
        } else if (length == 3) {
          out[k++] = (char) (((b0 & 0x0f) << 12) | ((in[p + 1] & 0x3f) << 6) | (in[p + 2] & 0x3f));
        } else {
          int codePoint =
              ((b0 & 0x07) << 18)
                  | ((in[p + 1] & 0x3f) << 12)
                  | ((in[p + 2] & 0x3f) << 6)
                  | (in[p + 3] & 0x3f);
          out[k++] = Character.highSurrogate(codePoint);
          out[k++] = Character.lowSurrogate(codePoint);
        }
        p += length;
      } else {
        throw JsonInput.miss(); // a raw control character
      }
    }
  }

  /**
   * Checks the string from {@code in[start]}, just after its opening quote, without decoding it,
   * and returns the index of its closing quote; sets {@link #escaped} and {@link #ascii}.
   */
  int scan(byte[] in, int start) {
    int n = in.length;
    boolean sawEscape = false;
    boolean sawNonAscii = false;
    int p = start;
    while (true) {
      if (p >= n) {
        throw JsonInput.miss();
      }
      int b = in[p];
      if (b >= 0x20 && b != '"' && b != '\\') {
        p++;
      } else if (b == '"') {
        escaped = sawEscape;
        ascii = !sawNonAscii;
        return p;
      } else if (b == '\\') {
        sawEscape = true;
        int e = at(in, p + 1);
        if (e == 'u') {
          hex4(in, p + 2);
          p += 6;
        } else {
          unescape(e);
          p += 2;
        }
      } else if (b < 0) {
        sawNonAscii = true;
        p += utf8Length(in, p);
      } else {
        throw JsonInput.miss();
      }
    }
  }

  /** The char a one-letter escape stands for; the escapes beyond JSON's miss. */
  private static char unescape(int e) {
    return switch (e) {
      case '"', '\\', '/' -> (char) e;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      default -> throw JsonInput.miss();
    };
  }

  /** The value of the four hex digits from {@code in[p]}. */
  private static int hex4(byte[] in, int p) {
    int value = 0;
    for (int i = p; i < p + 4; i++) {
      int c = at(in, i);
      int digit;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        digit = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        digit = c - 'A' + 10;
      } else {
        throw JsonInput.miss();
      }
      value = value << 4 | digit;
    }
    return value;
  }

  /**
   * The length of the well-formed UTF-8 sequence of 2 to 4 bytes at {@code in[p]}: overlong forms,
   * encoded surrogates, code points beyond U+10FFFF and truncated sequences miss.
   */
  static int utf8Length(byte[] in, int p) {
    int b0 = in[p] & 0xff;
    if (b0 < 0xc2 || b0 > 0xf4) {
      throw JsonInput.miss();
    }
    int b1 = at(in, p + 1);
    if ((b1 & 0xc0) != 0x80) {
      throw JsonInput.miss();
    }
    if (b0 < 0xe0) {
      return 2;
    }
    if ((b0 == 0xe0 && b1 < 0xa0)
        || (b0 == 0xed && b1 > 0x9f)
        || (b0 == 0xf0 && b1 < 0x90)
        || (b0 == 0xf4 && b1 > 0x8f)
        || (at(in, p + 2) & 0xc0) != 0x80) {
      throw JsonInput.miss();
    }
    if (b0 < 0xf0) {
      return 3;
    }
    if ((at(in, p + 3) & 0xc0) != 0x80) {
      throw JsonInput.miss();
    }
    return 4;
  }

  /** The byte at {@code in[p]}, unsigned; past the end misses. */
  private static int at(byte[] in, int p) {
    if (p >= in.length) {
      throw JsonInput.miss();
    }
    return in[p] & 0xff;
  }
}
