package io.channels4j.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fast path's JSON reader: generated codecs read frames with it straight from the frame's
 * bytes, in place, allocating nothing but the values they decode.
 *
 * <p>It reads a strict subset of what Moshi's strict {@code JsonReader} reads, and reads it to the
 * same values: whatever it is not sure Moshi reads the same way (a number too long, a string escape
 * Moshi tolerates, invalid UTF-8 that Moshi would replace, a syntax error, a value of the wrong
 * type) it refuses by throwing {@link Miss}, and the caller reads the frame again with Moshi, which
 * gives the reference answer or error. So a miss is never an error by itself, and it has to be
 * cheap: it is one preallocated exception without a stack trace.
 *
 * <p>Reusable: {@link #reset} or {@link #beginFrame} starts over on new bytes. Not thread-safe.
 */
public final class JsonInput {
  /** The fast path's refusal of the input: the reference path reads it instead. */
  public static final class Miss extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Miss() {
      super("Not on the JSON fast path", null, false, false);
    }
  }

  private static final Miss MISS = new Miss();

  /** Moshi's JsonReader fails on the 256th open container, so the fast path never goes deeper. */
  private static final int MOSHI_MAX_DEPTH = 255;

  private static final int OBJECT = 1;
  private static final int ARRAY = 2;
  private static final int STARTED = 4; // the container's first element or member was announced

  private static final JsonNames NO_NAMES = JsonNames.of();

  /** The longest {@code request_id}, as the Moshi path's frame scan reads it. */
  private static final int MAX_DIGITS = 18;

  /** The most digits of a long. */
  private static final int LONG_DIGITS = 19;

  /** {@code Long.MIN_VALUE} without its last digit, and that digit: the bound of each step. */
  private static final long MIN_TENTH = Long.MIN_VALUE / 10;

  private static final int MIN_LAST_DIGIT = 8;

  /** The most significant digits whose value is an exact double (10^15 < 2^53). */
  private static final int EXACT_DIGITS = 15;

  /** The exact powers of ten as doubles. */
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  private static final byte[] TRUE = ascii("true");
  private static final byte[] FALSE = ascii("false");
  private static final byte[] NULL = ascii("null");
  private static final byte[] ACTION = ascii("action");
  private static final byte[] REQUEST_ID = ascii("request_id");

  /** The bytes that may follow a literal or a number: JSON whitespace, ',', '}' and ']'. */
  private static final boolean[] DELIMITER = new boolean[256];

  static {
    for (char c : " \t\n\r,}]".toCharArray()) {
      DELIMITER[c] = true;
    }
  }

  private final int maxDepth;
  private int[] scopes; // per open container: OBJECT or ARRAY, and STARTED; index 0 is unused
  private int depth;
  private byte[] json;
  private int pos;

  private int nameStart; // the current member's name, json[nameStart, nameEnd), no escapes
  private int nameEnd;
  private boolean nameAscii;
  private boolean escaped; // whether the string last scanned held an escape
  private boolean ascii; // whether the string last scanned was ASCII only
  private char[] chars = new char[64]; // decoded strings with escapes or non-ASCII
  private long numberSignificand; // the number last scanned, see number()
  private int numberDigits;
  private int numberScale;

  private boolean frame;
  private boolean actionSeen;
  private boolean requestIdSeen;
  private long requestId = 1;

  /**
   * A reader for documents nested at most {@code maxDepth} containers deep.
   *
   * @param maxDepth the deepest container nesting allowed, the outer object counting 1; deeper
   *     input misses (and so does any beyond 255, which Moshi refuses)
   */
  public JsonInput(int maxDepth) {
    if (maxDepth < 0) {
      throw new IllegalArgumentException("maxDepth < 0: " + maxDepth);
    }
    this.maxDepth = Math.min(maxDepth, MOSHI_MAX_DEPTH);
    scopes = new int[Math.min(this.maxDepth, 16) + 1];
  }

  /** The single miss; {@code throw JsonInput.miss()} refuses the input. */
  public static Miss miss() {
    return MISS;
  }

  /** Starts reading one plain JSON value from {@code json}, out of frame mode. */
  public JsonInput reset(byte[] json) {
    this.json = json;
    pos = 0;
    depth = 0;
    frame = false;
    actionSeen = false;
    requestIdSeen = false;
    requestId = 1;
    return this;
  }

  /**
   * Starts reading a client frame and returns its {@code action}: the value of the frame object's
   * member "action", which must be a string. The input is left at the frame's '{', for a payload
   * codec to read the whole object with {@link #beginObject()} ... {@link #endObject()}, or for
   * {@link #skipFrame()}; either is followed by {@link #endFrame()}.
   *
   * <p>In frame mode, {@link #hasNext()} in the frame object itself reads the members "action" and
   * "request_id" on its own and never announces them: a second of either misses, and so does a
   * {@code request_id} that is not an integer of at most 18 digits or is "-0".
   *
   * @throws Miss if the frame is not an object, carries no "action", or its action is no string
   */
  public String beginFrame(byte[] frame) {
    return beginFrame(frame, NO_NAMES);
  }

  /**
   * {@link #beginFrame(byte[])}, returning the very String of {@code actions} when the action is
   * one of them: no String made per frame, and its hash already known to the dispatcher's switches.
   */
  public String beginFrame(byte[] frame, JsonNames actions) {
    reset(frame);
    this.frame = true;
    if (next() != '{') {
      throw MISS;
    }
    int open = pos;
    pos++;
    String action = null;
    for (boolean first = true; member(first); first = false) {
      if (isName(ACTION)) {
        action = knownString(actions);
        break;
      }
      skip(1);
    }
    if (action == null) {
      throw MISS;
    }
    pos = open;
    return action;
  }

  /** The string value at {@code pos} as one of {@code known}, or as a new String. */
  private String knownString(JsonNames known) {
    int index = knownIndex(known);
    return index >= 0 ? known.name(index) : nextString();
  }

  /**
   * The index in {@code known} of the plain string (no escape) at {@code pos}, which it consumes;
   * -1, consuming nothing, for any other value.
   */
  private int knownIndex(JsonNames known) {
    if (next() == '"') {
      byte[] in = json;
      int start = pos + 1;
      for (int p = start; p < in.length; p++) {
        byte b = in[p];
        if (b == '"') {
          int index = known.indexOf(in, start, p - start);
          if (index >= 0) {
            pos = p + 1;
          }
          return index;
        }
        if (b < 0x20 || b == '\\') {
          break;
        }
      }
    }
    return -1;
  }

  /**
   * The index in {@code labels} of the string value of the member {@code key} (its only name) of
   * the object at {@code pos}, wherever in the object it stands; the input is left before the
   * object, for the codec of the type the label names to read it whole.
   *
   * @throws Miss if the value is not an object, has no such member, or its value is not one of the
   *     labels
   */
  public int peekLabel(JsonNames key, JsonNames labels) {
    if (next() != '{') {
      throw MISS;
    }
    int open = pos;
    pos++;
    for (boolean first = true; member(first); first = false) {
      if (selectName(key) == 0) {
        int label = knownIndex(labels);
        if (label < 0) {
          throw MISS;
        }
        pos = open;
        return label;
      }
      skip(depth + 1);
    }
    throw MISS;
  }

  /** Reads the frame object of an action without payload, checking it as a payload would be. */
  public void skipFrame() {
    beginObject();
    while (hasNext()) {
      skipValue();
    }
    endObject();
  }

  /** Ends the frame: nothing but whitespace may follow its object. */
  public void endFrame() {
    if (depth != 0 || next() != -1) {
      throw MISS;
    }
  }

  /** The frame's {@code request_id}, read while its object was; 1 if it carried none. */
  public long requestId() {
    return requestId;
  }

  /** Consumes the '{' of an object. */
  public void beginObject() {
    begin(OBJECT, '{');
  }

  /** Consumes the '}' of the object whose members {@link #hasNext()} has all announced. */
  public void endObject() {
    end(OBJECT, '}');
  }

  /** Consumes the '[' of an array. */
  public void beginArray() {
    begin(ARRAY, '[');
  }

  /** Consumes the ']' of the array whose elements {@link #hasNext()} has all announced. */
  public void endArray() {
    end(ARRAY, ']');
  }

  private void begin(int kind, char open) {
    if (next() != open || depth >= maxDepth) {
      throw MISS;
    }
    pos++;
    depth++;
    if (depth == scopes.length) {
      scopes = Arrays.copyOf(scopes, Math.min(depth * 2, maxDepth + 1));
    }
    scopes[depth] = kind;
  }

  private void end(int kind, char close) {
    if (depth == 0 || (scopes[depth] & kind) == 0 || next() != close) {
      throw MISS;
    }
    pos++;
    depth--;
  }

  /**
   * Whether the current container holds another element or member. In an object it reads the
   * member's name and ':' (see {@link #selectName} and {@link #name()}); at the end it returns
   * false, leaving the '}' or ']' to {@link #endObject()} or {@link #endArray()}.
   *
   * @throws Miss on a missing or trailing comma, a missing ':', or a name with an escape
   */
  public boolean hasNext() {
    if (depth == 0) {
      throw MISS;
    }
    int scope = scopes[depth];
    if ((scope & ARRAY) != 0) {
      int c = next();
      if (c == ']') {
        return false;
      }
      if ((scope & STARTED) == 0) {
        scopes[depth] = scope | STARTED;
      } else if (c != ',') {
        throw MISS;
      } else {
        pos++;
        if (next() == ']') {
          throw MISS;
        }
      }
      return true;
    }
    while (member((scope & STARTED) == 0)) {
      scope |= STARTED;
      scopes[depth] = scope;
      if (!frame || depth != 1 || !readFrameMember()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads up to the next member's value in an object, the first of it if {@code first}; false at
   * the '}', which it leaves.
   */
  private boolean member(boolean first) {
    int c = next();
    if (c == '}') {
      return false;
    }
    if (!first) {
      if (c != ',') {
        throw MISS;
      }
      pos++;
      c = next();
    }
    if (c != '"') {
      throw MISS;
    }
    int start = pos + 1;
    int end = scanString(start);
    if (escaped) {
      throw MISS;
    }
    nameStart = start;
    nameEnd = end;
    nameAscii = ascii;
    pos = end + 1;
    if (next() != ':') {
      throw MISS;
    }
    pos++;
    return true;
  }

  /** Reads the value of the frame's "action" or "request_id" if the member is one of them. */
  private boolean readFrameMember() {
    if (isName(ACTION)) {
      if (actionSeen || next() != '"') {
        throw MISS;
      }
      actionSeen = true;
      pos = scanString(pos + 1) + 1;
      return true;
    }
    if (isName(REQUEST_ID)) {
      if (requestIdSeen || (next() == '-' && pos + 1 < json.length && json[pos + 1] == '0')) {
        throw MISS; // "-0" is no request_id the reference path agrees on
      }
      requestIdSeen = true;
      requestId = integer(MAX_DIGITS);
      return true;
    }
    return false;
  }

  private boolean isName(byte[] name) {
    int length = nameEnd - nameStart;
    return length == name.length && Arrays.equals(json, nameStart, nameEnd, name, 0, length);
  }

  /** The index of the current member's name in {@code names}, or -1 if it is none of them. */
  public int selectName(JsonNames names) {
    return names.indexOf(json, nameStart, nameEnd - nameStart);
  }

  /** The current member's name as a String, as a Map key. */
  public String name() {
    return new String(
        json,
        nameStart,
        nameEnd - nameStart,
        nameAscii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  /** Skips the next value whole, checking its syntax strictly and its nesting against the limit. */
  public void skipValue() {
    skip(depth);
  }

  /** Skips the next value, which is inside {@code outer} containers. */
  private void skip(int outer) {
    int c = next();
    switch (c) {
      case '"' -> pos = scanString(pos + 1) + 1;
      case '{' -> {
        if (outer >= maxDepth) {
          throw MISS;
        }
        pos++;
        for (boolean first = true; member(first); first = false) {
          skip(outer + 1);
        }
        pos++;
      }
      case '[' -> {
        if (outer >= maxDepth) {
          throw MISS;
        }
        pos++;
        if (next() != ']') {
          skip(outer + 1);
          while ((c = next()) == ',') {
            pos++;
            skip(outer + 1);
          }
          if (c != ']') {
            throw MISS;
          }
        }
        pos++;
      }
      case 't' -> literal(TRUE);
      case 'f' -> literal(FALSE);
      case 'n' -> literal(NULL);
      default -> number(); // misses on anything but a number
    }
  }

  /** Consumes {@code null} and returns true, or returns false and leaves any other value. */
  public boolean nextNull() {
    if (next() != 'n') {
      return false;
    }
    literal(NULL);
    return true;
  }

  /** Reads a boolean. */
  public boolean nextBoolean() {
    int c = next();
    if (c == 't') {
      literal(TRUE);
      return true;
    }
    if (c != 'f') {
      throw MISS;
    }
    literal(FALSE);
    return false;
  }

  private void literal(byte[] word) {
    byte[] in = json;
    int end = pos + word.length;
    if (end > in.length
        || !Arrays.equals(in, pos, end, word, 0, word.length)
        || (end < in.length && !DELIMITER[in[end] & 0xff])) {
      throw MISS;
    }
    pos = end;
  }

  /** Reads an int: a JSON integer in the range of int (no fraction or exponent). */
  public int nextInt() {
    long value = nextLong();
    if ((int) value != value) {
      throw MISS;
    }
    return (int) value;
  }

  /** Reads a short: a JSON integer in [-32768, 32767]. */
  public short nextShort() {
    long value = nextLong();
    if ((short) value != value) {
      throw MISS;
    }
    return (short) value;
  }

  /** Reads a byte as Moshi's byte adapter does: a JSON integer in [-128, 255], cast to byte. */
  public byte nextByte() {
    long value = nextLong();
    if (value < Byte.MIN_VALUE || value > 0xff) {
      throw MISS;
    }
    return (byte) value;
  }

  /** Reads a long: a JSON integer of at most 18 digits (no fraction or exponent). */
  public long nextLong() {
    next();
    return integer(LONG_DIGITS);
  }

  /**
   * Reads {@code -?(0|[1-9][0-9]*)} of at most {@code maxDigits} digits that fits a long at {@code
   * pos}, then a delimiter. The value is gathered negative, where {@code Long.MIN_VALUE} fits.
   */
  private long integer(int maxDigits) {
    byte[] in = json;
    int n = in.length;
    int p = pos;
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
          throw MISS; // beyond a long
        }
        value = value * 10 - digit;
        p++;
      }
    }
    int digits = p - start;
    if (digits == 0 || digits > maxDigits || (p < n && !DELIMITER[in[p] & 0xff])) {
      throw MISS; // a fraction, an exponent, a leading zero or a longer number end up here
    }
    if (!negative && value == Long.MIN_VALUE) {
      throw MISS; // 9223372036854775808
    }
    pos = p;
    return negative ? value : -value;
  }

  /**
   * Reads a double exactly as Moshi does (the correctly rounded value of the number's text, -0.0
   * for "-0"): with one exact multiplication or division when the digits and the power of ten are
   * both exact doubles (Clinger's fast path), else with {@link Double#parseDouble}.
   *
   * @throws Miss if the number is not RFC 8259's, or its value is infinite
   */
  public double nextDouble() {
    next();
    int start = pos;
    number();
    int scale = numberScale;
    double value;
    if (numberDigits <= EXACT_DIGITS && scale >= -22 && scale <= 22) {
      value =
          scale >= 0
              ? numberSignificand * POWERS_OF_TEN[scale]
              : numberSignificand / POWERS_OF_TEN[-scale];
      return json[start] == '-' ? -value : value;
    }
    if (numberDigits == 0) {
      return json[start] == '-' ? -0.0 : 0.0;
    }
    value = Double.parseDouble(new String(json, start, pos - start, StandardCharsets.ISO_8859_1));
    if (Double.isInfinite(value)) {
      throw MISS;
    }
    return value;
  }

  /**
   * Reads a number as its text, as Moshi's {@code nextString()} gives it for a number token: the
   * generated codecs of {@code BigDecimal} and {@code BigInteger} parse it, never through a double.
   *
   * @throws Miss if the number is not RFC 8259's, or not one Moshi reads
   */
  String nextNumberText() {
    next();
    int start = pos;
    number();
    return new String(json, start, pos - start, StandardCharsets.ISO_8859_1);
  }

  /**
   * Whether Moshi reads the integer part {@code json[from, to)} (no leading zero) as a number: it
   * gathers the digits in a long, wrapping, and refuses the number when that long is 0 before
   * another digit, taking it for a leading zero. Only a part of more than 19 digits gets there.
   */
  private boolean moshiReadsIntegerPart(int from, int to) {
    if (to - from <= LONG_DIGITS) {
      return true;
    }
    long value = 0;
    for (int p = from; p < to; p++) {
      if (p > from && value == 0) {
        return false;
      }
      value = value * 10 - (json[p] - '0');
    }
    return true;
  }

  /**
   * Reads an RFC 8259 number at {@code pos} that Moshi reads as a number, followed by a delimiter,
   * into {@link #numberSignificand} (its first significant digits), {@link #numberDigits} (how many
   * significant digits it has) and {@link #numberScale} (the power of ten of the significand's last
   * digit).
   */
  private void number() {
    byte[] in = json;
    int n = in.length;
    int p = pos;
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
      if (p == from || !moshiReadsIntegerPart(from, p)) {
        throw MISS;
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
        throw MISS;
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
        throw MISS;
      }
      scale += negativeExponent ? -exponent : exponent;
    }
    if (p < n && !DELIMITER[in[p] & 0xff]) {
      throw MISS;
    }
    pos = p;
    numberSignificand = significand;
    numberDigits = digits;
    numberScale = scale;
  }

  /** Reads a float as Moshi's float adapter does: the double, narrowed; infinite misses. */
  public float nextFloat() {
    float value = (float) nextDouble();
    if (Float.isInfinite(value)) {
      throw MISS;
    }
    return value;
  }

  /** Reads a char: a string of exactly one char. */
  public char nextChar() {
    int c = next();
    byte[] in = json;
    int p = pos;
    if (c == '"'
        && p + 2 < in.length
        && in[p + 2] == '"'
        && in[p + 1] >= 0x20
        && in[p + 1] != '\\'
        && in[p + 1] != '"') {
      pos = p + 3;
      return (char) in[p + 1];
    }
    String value = nextString();
    if (value.length() != 1) {
      throw MISS;
    }
    return value.charAt(0);
  }

  /**
   * Reads a string. Escapes are JSON's (a lone surrogate made by {@code \\u} stays, as in Moshi); a
   * raw control character, invalid UTF-8 or an escape Moshi tolerates beyond JSON's misses.
   */
  public String nextString() {
    if (next() != '"') {
      throw MISS;
    }
    byte[] in = json;
    int start = pos + 1;
    int n = in.length;
    for (int p = start; p < n; p++) {
      byte b = in[p];
      if (b == '"') {
        pos = p + 1;
        return new String(in, start, p - start, StandardCharsets.ISO_8859_1);
      }
      if (b < 0x20 || b == '\\') {
        break; // non-ASCII bytes are negative
      }
    }
    return decodeString(start);
  }

  /** Decodes the string from {@code start}, just after its opening quote, in one pass. */
  private String decodeString(int start) {
    byte[] in = json;
    int n = in.length;
    char[] out = chars;
    int k = 0;
    int p = start;
    while (true) {
      if (p >= n) {
        throw MISS;
      }
      if (k + 2 > out.length) {
        out = chars = Arrays.copyOf(out, out.length * 2);
      }
      int b = in[p];
      if (b >= 0x20 && b != '"' && b != '\\') {
        out[k++] = (char) b;
        p++;
      } else if (b == '"') {
        pos = p + 1;
        return new String(out, 0, k);
      } else if (b == '\\') {
        int e = at(p + 1);
        out[k++] = e == 'u' ? (char) hex4(p + 2) : unescape(e);
        p += e == 'u' ? 6 : 2;
      } else if (b < 0) {
        int length = utf8Length(p);
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
        throw MISS; // a raw control character
      }
    }
  }

  /**
   * Checks the string from {@code start}, just after its opening quote, and returns the index of
   * its closing quote; sets {@link #escaped} and {@link #ascii}.
   */
  private int scanString(int start) {
    byte[] in = json;
    int n = in.length;
    boolean sawEscape = false;
    boolean sawNonAscii = false;
    int p = start;
    while (true) {
      if (p >= n) {
        throw MISS;
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
        int e = at(p + 1);
        if (e == 'u') {
          hex4(p + 2);
          p += 6;
        } else {
          unescape(e);
          p += 2;
        }
      } else if (b < 0) {
        sawNonAscii = true;
        p += utf8Length(p);
      } else {
        throw MISS;
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
      default -> throw MISS;
    };
  }

  /** The value of the four hex digits from {@code p}. */
  private int hex4(int p) {
    int value = 0;
    for (int i = p; i < p + 4; i++) {
      int c = at(i);
      int digit;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        digit = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        digit = c - 'A' + 10;
      } else {
        throw MISS;
      }
      value = value << 4 | digit;
    }
    return value;
  }

  /**
   * The length of the well-formed UTF-8 sequence of 2 to 4 bytes at {@code p}: overlong forms,
   * encoded surrogates, code points beyond U+10FFFF and truncated sequences miss.
   */
  private int utf8Length(int p) {
    int b0 = json[p] & 0xff;
    if (b0 < 0xc2 || b0 > 0xf4) {
      throw MISS;
    }
    int b1 = at(p + 1);
    if ((b1 & 0xc0) != 0x80) {
      throw MISS;
    }
    if (b0 < 0xe0) {
      return 2;
    }
    if ((b0 == 0xe0 && b1 < 0xa0)
        || (b0 == 0xed && b1 > 0x9f)
        || (b0 == 0xf0 && b1 < 0x90)
        || (b0 == 0xf4 && b1 > 0x8f)
        || (at(p + 2) & 0xc0) != 0x80) {
      throw MISS;
    }
    if (b0 < 0xf0) {
      return 3;
    }
    if ((at(p + 3) & 0xc0) != 0x80) {
      throw MISS;
    }
    return 4;
  }

  /** The byte at {@code p}, unsigned; past the end misses. */
  private int at(int p) {
    if (p >= json.length) {
      throw MISS;
    }
    return json[p] & 0xff;
  }

  /** Skips JSON whitespace and returns the byte there, unsigned, or -1 at the end. */
  private int next() {
    byte[] in = json;
    int p = pos;
    int n = in.length;
    while (p < n) {
      byte b = in[p];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        pos = p;
        return b & 0xff;
      }
      p++;
    }
    pos = p;
    return -1;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
