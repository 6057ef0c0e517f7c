package io.channels4j.runtime.internal;

import java.nio.charset.StandardCharsets;

/**
 * Reads JSON numbers in place in a byte array, as Moshi's strict reader reads them: integers that
 * fit a long, and doubles correctly rounded; {@link JsonInput}'s number reading. A number that is
 * not RFC 8259's, or that Moshi would read otherwise, misses.
 *
 * <p>Each read leaves where the number ends in {@link #end}, and a number scanned by {@link #scan}
 * its significant digits in the other fields. One per {@code JsonInput}; not thread-safe.
 */
final class JsonNumbers {
  /** The most digits of a long. */
  static final int LONG_DIGITS = 19;

  /** {@code Long.MIN_VALUE} without its last digit, and that digit: the bound of each step. */
  private static final long MIN_TENTH = Long.MIN_VALUE / 10;

  private static final int MIN_LAST_DIGIT = 8;

  /** The most significant digits a double holds exactly: Clinger's fast path needs no more. */
  private static final int EXACT_DIGITS = 15;

  /** The powers of ten a double holds exactly. */
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /** Where the number last read ends: the index after its last character. */
  int end;

  private long significand; // its first significant digits, at most EXACT_DIGITS of them
  private int digits; // how many significant digits it has
  private int scale; // the power of ten of the significand's last digit

  /**
   * Reads {@code -?(0|[1-9][0-9]*)} of at most {@code maxDigits} digits that fits a long at {@code
   * in[p]}, then a delimiter. The value is gathered negative, where {@code Long.MIN_VALUE} fits.
   */
  long integer(byte[] in, int p, int maxDigits) {
    int n = in.length;
    boolean negative = p < n && in[p] == '-';
    if (negative) {
      p++;
    }
    int start = p;
    long value = 0;
    if (p < n && in[p] == '0') {
      p++;
    } else {
      int limit = Math.min(n, start + maxDigits + 1);
      int digit;
      while (p < limit && (digit = in[p] - '0') >= 0 && digit <= 9) {
        if (value < MIN_TENTH || (value == MIN_TENTH && digit > MIN_LAST_DIGIT)) {
          throw JsonInput.miss(); // beyond a long
        }
        value = value * 10 - digit;
        p++;
      }
    }
    int count = p - start;
    if (count == 0 || count > maxDigits || !JsonTextInput.endsValue(in, p)) {
      throw JsonInput.miss(); // a fraction, an exponent, a leading zero or a longer number
    }
    if (!negative && value == Long.MIN_VALUE) {
      throw JsonInput.miss(); // 9223372036854775808
    }
    end = p;
    return negative ? value : -value;
  }

  /**
   * The double the number {@code in[start, end)} just {@link #scan}ned stands for, as Moshi reads
   * it (the correctly rounded value of its text, -0.0 for "-0"): with one exact multiplication or
   * division when the digits and the power of ten are both exact doubles (Clinger's fast path),
   * else with {@link Double#parseDouble}. An infinite value misses.
   */
  double toDouble(byte[] in, int start) {
    boolean negative = in[start] == '-';
    if (digits == 0) {
      return negative ? -0.0 : 0.0;
    }
    if (digits <= EXACT_DIGITS && scale >= -22 && scale <= 22) {
      double value =
          scale >= 0 ? significand * POWERS_OF_TEN[scale] : significand / POWERS_OF_TEN[-scale];
      return negative ? -value : value;
    }
    double value =
        Double.parseDouble(new String(in, start, end - start, StandardCharsets.ISO_8859_1));
    if (Double.isInfinite(value)) {
      throw JsonInput.miss();
    }
    return value;
  }

  /** Scans an RFC 8259 number at {@code in[p]} that Moshi reads as a number, then a delimiter. */
  void scan(byte[] in, int p) {
    int n = in.length;
    if (p < n && in[p] == '-') {
      p++;
    }
    long significand = 0;
    int digits = 0; // significant digits, from the first non-zero one
    int scale = 0;
    int digit;
    if (p < n && in[p] == '0') {
      p++;
    } else {
      int from = p;
      while (p < n && (digit = in[p] - '0') >= 0 && digit <= 9) {
        if (++digits <= EXACT_DIGITS) {
          significand = significand * 10 + digit;
        }
        p++;
      }
      if (p == from || !moshiReadsIntegerPart(in, from, p)) {
        throw JsonInput.miss();
      }
    }
    if (p < n && in[p] == '.') {
      int from = ++p;
      while (p < n && (digit = in[p] - '0') >= 0 && digit <= 9) {
        if ((digits > 0 || digit != 0) && ++digits <= EXACT_DIGITS) {
          significand = significand * 10 + digit;
        }
        scale--;
        p++;
      }
      if (p == from) {
        throw JsonInput.miss();
      }
    }
    if (p < n && (in[p] == 'e' || in[p] == 'E')) {
      p++;
      boolean negativeExponent = p < n && in[p] == '-';
      if (p < n && (in[p] == '-' || in[p] == '+')) {
        p++;
      }
      int from = p;
      int exponent = 0;
      while (p < n && (digit = in[p] - '0') >= 0 && digit <= 9) {
        if (exponent < 100_000) {
          exponent = exponent * 10 + digit; // beyond, the value is 0 or infinite anyway
        }
        p++;
      }
      if (p == from) {
        throw JsonInput.miss();
      }
      scale += negativeExponent ? -exponent : exponent;
    }
    if (!JsonTextInput.endsValue(in, p)) {
      throw JsonInput.miss();
    }
    end = p;
    this.significand = significand;
    this.digits = digits;
    this.scale = scale;
  }

  /**
   * Whether Moshi reads the integer part {@code in[from, to)} (no leading zero) as a number: it
   * gathers the digits in a long, wrapping, and refuses the number when that long is 0 before
   * another digit, taking it for a leading zero. Only a part of more than 19 digits gets there.
   */
  private static boolean moshiReadsIntegerPart(byte[] in, int from, int to) {
    if (to - from <= LONG_DIGITS) {
      return true;
    }
    long value = 0;
    for (int p = from; p < to; p++) {
      if (p > from && value == 0) {
        return false;
      }
      value = value * 10 - (in[p] - '0');
    }
    return true;
  }
}
