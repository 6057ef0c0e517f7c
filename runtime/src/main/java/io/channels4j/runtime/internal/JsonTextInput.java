package io.channels4j.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fast path's JSON reader: generated codecs read JSON frames with it straight from the frame's
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
public final class JsonTextInput extends JsonInput {

  private static final int OBJECT = 1;
  private static final int ARRAY = 2;
  private static final int STARTED = 4; // the container's first element or member was announced

  /** The longest {@code request_id}, as the Moshi path's frame scan reads it. */
  private static final int REQUEST_ID_DIGITS = 18;

  private static final byte[] TRUE = ascii("true");
  private static final byte[] FALSE = ascii("false");
  private static final byte[] NULL = ascii("null");

  /** The bytes that may follow a literal or a number: JSON whitespace, ',', '}' and ']'. */
  private static final boolean[] DELIMITER = new boolean[256];

  static {
    for (char c : " \t\n\r,}]".toCharArray()) {
      DELIMITER[c] = true;
    }
  }

  private int[] scopes; // per open container: OBJECT or ARRAY, and STARTED; index 0 is unused
  private int depth;
  private byte[] json;

  private int nameStart; // the current member's name, json[nameStart, nameEnd), no escapes
  private int nameEnd;
  private boolean nameAscii;
  private final JsonStrings strings = new JsonStrings();
  private final JsonNumbers numbers = new JsonNumbers();

  /**
   * A reader for documents nested at most {@code maxDepth} containers deep.
   *
   * @param maxDepth the deepest container nesting allowed, the outer object counting 1; deeper
   *     input misses (and so does any beyond 255, which Moshi refuses)
   */
  public JsonTextInput(int maxDepth) {
    super(maxDepth);
    scopes = new int[initialScopes()];
  }

  /** Starts reading one plain JSON value from {@code json}, out of frame mode. */
  @Override
  public JsonInput reset(byte[] json) {
    this.json = json;
    pos = 0;
    depth = 0;
    plainValue();
    return this;
  }

  /**
   * {@link #beginFrame(byte[], JsonNames)} for a channel whose frames name their action and request
   * id with {@code names}. If the payload is one member of the frame, the whole frame is read here,
   * and the input is left at that member's value (at the frame's end when it has none), for a
   * payload codec to read that value alone, or for {@link #skipFrame()}; a second payload member,
   * or a null one, misses.
   */
  @Override
  public String beginFrame(byte[] frame, JsonNames actions, FrameNames names) {
    reset(frame);
    startFrame(names);
    if (next() != '{' || maxDepth < 1) {
      throw MISS;
    }
    int open = pos;
    pos++;
    if (names.payload != null) {
      return beginMemberFrame(actions);
    }
    String action = null;
    for (boolean first = true; member(first); first = false) {
      if (isName(names.action)) {
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

  /**
   * Reads the members of a frame whose payload is one of them, up to its end, and leaves the input
   * at the payload's value inside the frame object, as a codec nested in it would find it.
   */
  private String beginMemberFrame(JsonNames actions) {
    String action = null;
    int payloadStart = -1;
    for (boolean first = true; member(first); first = false) {
      if (isName(names.action)) {
        if (action != null || next() != '"') {
          throw MISS;
        }
        action = knownString(actions);
      } else if (isName(names.requestId)) {
        readRequestId();
      } else if (isName(names.payload)) {
        if (payloadStart >= 0 || next() == 'n') {
          throw MISS; // the reference path answers a second payload or a null one
        }
        payloadStart = pos;
        skip(1);
        payloadEnd = pos;
      } else {
        skip(1);
      }
    }
    pos++;
    if (action == null || next() != -1) {
      throw MISS;
    }
    if (payloadStart < 0) {
      payloadStart = payloadEnd = json.length; // a payload codec misses on the missing member
    }
    pos = payloadStart;
    depth = 1;
    scopes[1] = OBJECT | STARTED;
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
  @Override
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

  /** Ends the frame: nothing but whitespace may follow its object. */
  @Override
  public void endFrame() {
    boolean ended =
        names.payload != null ? depth == 1 && pos == payloadEnd : depth == 0 && next() == -1;
    if (!ended) {
      throw MISS;
    }
  }

  /** Consumes the '{' of an object. */
  @Override
  public void beginObject() {
    begin(OBJECT, '{');
  }

  /** Consumes the '}' of the object whose members {@link #hasNext()} has all announced. */
  @Override
  public void endObject() {
    end(OBJECT, '}');
  }

  /** Consumes the '[' of an array. */
  @Override
  public void beginArray() {
    begin(ARRAY, '[');
  }

  /** Consumes the ']' of the array whose elements {@link #hasNext()} has all announced. */
  @Override
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
  @Override
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
    int end = strings.scan(json, start);
    if (strings.escaped) {
      throw MISS;
    }
    nameStart = start;
    nameEnd = end;
    nameAscii = strings.ascii;
    pos = end + 1;
    if (next() != ':') {
      throw MISS;
    }
    pos++;
    return true;
  }

  @Override
  void skipString() {
    if (next() != '"') {
      throw MISS;
    }
    pos = strings.scan(json, pos + 1) + 1;
  }

  @Override
  long nextRequestId() {
    if (next() == '-' && pos + 1 < json.length && json[pos + 1] == '0') {
      throw MISS; // "-0" is no request_id the reference path agrees on
    }
    return integer(REQUEST_ID_DIGITS);
  }

  @Override
  boolean isName(byte[] name) {
    int length = nameEnd - nameStart;
    return length == name.length && Arrays.equals(json, nameStart, nameEnd, name, 0, length);
  }

  /** The index of the current member's name in {@code names}, or -1 if it is none of them. */
  @Override
  public int selectName(JsonNames names) {
    return names.indexOf(json, nameStart, nameEnd - nameStart);
  }

  /** The current member's name as a String, as a Map key. */
  @Override
  public String name() {
    return new String(
        json,
        nameStart,
        nameEnd - nameStart,
        nameAscii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  /** Skips the next value whole, checking its syntax strictly and its nesting against the limit. */
  @Override
  public void skipValue() {
    skip(depth);
  }

  /**
   * Skips the next value whole, as {@link #skipValue()} does, and returns a copy of its bytes: for
   * the client, which hands a frame's {@code data} or a page's messages on as they came.
   */
  @Override
  public byte[] nextRawValue() {
    next();
    int start = pos;
    skipValue();
    return Arrays.copyOfRange(json, start, pos);
  }

  /** Skips the next value, which is inside {@code outer} containers. */
  private void skip(int outer) {
    int c = next();
    switch (c) {
      case '"' -> pos = strings.scan(json, pos + 1) + 1;
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
  @Override
  public boolean nextNull() {
    if (next() != 'n') {
      return false;
    }
    literal(NULL);
    return true;
  }

  /** Reads a boolean. */
  @Override
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
        || !endsValue(in, end)) {
      throw MISS;
    }
    pos = end;
  }

  /** Reads a long: a JSON integer that fits one (no fraction or exponent). */
  @Override
  public long nextLong() {
    next();
    return integer(JsonNumbers.LONG_DIGITS);
  }

  /** Reads an integer of at most {@code maxDigits} digits that fits a long; see JsonNumbers. */
  private long integer(int maxDigits) {
    long value = numbers.integer(json, pos, maxDigits);
    pos = numbers.end;
    return value;
  }

  /**
   * Reads a double exactly as Moshi does (the correctly rounded value of the number's text, -0.0
   * for "-0").
   *
   * @throws Miss if the number is not RFC 8259's, or its value is infinite
   */
  @Override
  public double nextDouble() {
    next();
    int start = pos;
    number();
    return numbers.toDouble(json, start);
  }

  /**
   * Reads a number as its text, as Moshi's {@code nextString()} gives it for a number token: the
   * generated codecs of {@code BigDecimal} and {@code BigInteger} parse it, never through a double.
   *
   * @throws Miss if the number is not RFC 8259's, or not one Moshi reads
   */
  @Override
  String nextNumberText() {
    next();
    int start = pos;
    number();
    return new String(json, start, pos - start, StandardCharsets.ISO_8859_1);
  }

  /** Scans a number Moshi reads as one; see JsonNumbers. */
  private void number() {
    numbers.scan(json, pos);
    pos = numbers.end;
  }

  /** Reads a char: a string of exactly one char. */
  @Override
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
  @Override
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
    String value = strings.decode(json, start);
    pos = strings.end;
    return value;
  }

  /**
   * Whether {@code in[p]} may end a literal or a number: the end, JSON whitespace, ',', '}', ']'.
   */
  static boolean endsValue(byte[] in, int p) {
    return p >= in.length || DELIMITER[in[p] & 0xff];
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
