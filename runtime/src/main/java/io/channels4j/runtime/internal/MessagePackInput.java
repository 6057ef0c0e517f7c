package io.channels4j.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The fast path's MessagePack reader: generated codecs read the frames of a {@code msgpack} client
 * with it, in place, as they read JSON text with {@link JsonTextInput}.
 *
 * <p>Its reference is the frame converted to its JSON text and read there (docs/PROTOCOL.md gives
 * the mapping: a bin value reads as its base64 text, a float32 as its {@link Float#toString}): it
 * returns what that reading returns, and misses on everything the conversion refuses (an extension
 * type, a key that is no string, invalid UTF-8, a float that is not finite, bytes after the value)
 * or that it is not sure reads the same, such as a uint64 beyond a long read as a double.
 */
public final class MessagePackInput extends JsonInput {

  /** The largest {@code request_id}, as the JSON path reads it: at most 18 digits. */
  private static final long MAX_REQUEST_ID = 999_999_999_999_999_999L;

  private int[] remaining; // per open container: its entries not announced yet; index 0 unused
  private boolean[] objects;
  private int depth;
  private byte[] in;

  private int nameStart; // the current member's name, in[nameStart, nameEnd), valid UTF-8
  private int nameEnd;

  /**
   * A reader for values nested at most {@code maxDepth} containers deep, the outer one counting 1;
   * deeper input misses, as it does in JSON text.
   */
  public MessagePackInput(int maxDepth) {
    super(maxDepth);
    remaining = new int[initialScopes()];
    objects = new boolean[remaining.length];
  }

  @Override
  public JsonInput reset(byte[] bytes) {
    in = bytes;
    pos = 0;
    depth = 0;
    plainValue();
    return this;
  }

  @Override
  public String beginFrame(byte[] bytes, JsonNames actions, FrameNames frameNames) {
    reset(bytes);
    startFrame(frameNames);
    int open = pos;
    int count = mapHeader();
    if (maxDepth < 1) {
      throw MISS;
    }
    if (names.payload != null) {
      return beginMemberFrame(count, actions);
    }
    String action = null;
    for (int i = 0; i < count && action == null; i++) {
      readName();
      if (isName(names.action)) {
        action = knownString(actions);
      } else {
        skip(1);
      }
    }
    if (action == null) {
      throw MISS;
    }
    pos = open;
    return action;
  }

  /** As JSON text's: reads the whole frame, and leaves the input at the payload member's value. */
  private String beginMemberFrame(int count, JsonNames actions) {
    String action = null;
    int payloadStart = -1;
    for (int i = 0; i < count; i++) {
      readName();
      if (isName(names.action)) {
        if (action != null) {
          throw MISS;
        }
        action = knownString(actions);
      } else if (isName(names.requestId)) {
        readRequestId();
      } else if (isName(names.payload)) {
        if (payloadStart >= 0 || peek() == 0xc0) {
          throw MISS; // the reference path answers a second payload or a null one
        }
        payloadStart = pos;
        skip(1);
        payloadEnd = pos;
      } else {
        skip(1);
      }
    }
    if (action == null || pos != in.length) {
      throw MISS;
    }
    if (payloadStart < 0) {
      payloadStart = payloadEnd = in.length; // a payload codec misses on the missing member
    }
    pos = payloadStart;
    depth = 1;
    objects[1] = true;
    remaining[1] = 0;
    return action;
  }

  @Override
  public int peekLabel(JsonNames key, JsonNames labels) {
    int open = pos;
    int count = mapHeader();
    for (int i = 0; i < count; i++) {
      readName();
      if (selectName(key) == 0) {
        int length = stringHeader();
        int label = labels.indexOf(in, pos, length);
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

  @Override
  public void endFrame() {
    boolean ended = names.payload != null ? depth == 1 && pos == payloadEnd : depth == 0;
    if (!ended || (names.payload == null && pos != in.length)) {
      throw MISS;
    }
  }

  @Override
  public void beginObject() {
    enter(mapHeader(), true);
  }

  @Override
  public void endObject() {
    leave(true);
  }

  @Override
  public void beginArray() {
    enter(arrayHeader(), false);
  }

  @Override
  public void endArray() {
    leave(false);
  }

  private void enter(int count, boolean object) {
    if (depth >= maxDepth) {
      throw MISS;
    }
    depth++;
    if (depth == remaining.length) {
      int capacity = Math.min(depth * 2, maxDepth + 1);
      remaining = Arrays.copyOf(remaining, capacity);
      objects = Arrays.copyOf(objects, capacity);
    }
    remaining[depth] = count;
    objects[depth] = object;
  }

  private void leave(boolean object) {
    if (depth == 0 || objects[depth] != object || remaining[depth] != 0) {
      throw MISS;
    }
    depth--;
  }

  @Override
  public boolean hasNext() {
    if (depth == 0) {
      throw MISS;
    }
    while (remaining[depth] > 0) {
      remaining[depth]--;
      if (!objects[depth]) {
        return true;
      }
      readName();
      if (!frame || depth != 1 || !readFrameMember()) {
        return true;
      }
    }
    return false;
  }

  @Override
  long nextRequestId() {
    long value = nextLong();
    if (value > MAX_REQUEST_ID || value < -MAX_REQUEST_ID) {
      throw MISS;
    }
    return value;
  }

  /** Reads a member's name, which must be a string. */
  private void readName() {
    int length = stringHeader();
    nameStart = pos;
    nameEnd = pos + validString(length);
    pos = nameEnd;
  }

  @Override
  boolean isName(byte[] name) {
    int length = nameEnd - nameStart;
    return length == name.length && Arrays.equals(in, nameStart, nameEnd, name, 0, length);
  }

  @Override
  public int selectName(JsonNames known) {
    return known.indexOf(in, nameStart, nameEnd - nameStart);
  }

  @Override
  public String name() {
    return new String(in, nameStart, nameEnd - nameStart, StandardCharsets.UTF_8);
  }

  @Override
  public void skipValue() {
    skip(depth);
  }

  /** The JSON text of a value is the conversion's to make, not this reader's. */
  @Override
  public byte[] nextRawValue() {
    throw MISS;
  }

  /** Skips the next value, which is inside {@code outer} containers, checking it whole. */
  private void skip(int outer) {
    int b = peek();
    if (b <= 0x7f || b >= 0xe0 || b == 0xc0 || b == 0xc2 || b == 0xc3) {
      pos++;
    } else if (b <= 0x8f || b == 0xde || b == 0xdf) {
      int count = mapHeader();
      deeper(outer);
      for (int i = 0; i < count; i++) {
        readName();
        skip(outer + 1);
      }
    } else if (b <= 0x9f || b == 0xdc || b == 0xdd) {
      int count = arrayHeader();
      deeper(outer);
      for (int i = 0; i < count; i++) {
        skip(outer + 1);
      }
    } else if (b <= 0xbf || (b >= 0xd9 && b <= 0xdb)) {
      skipString();
    } else if (b >= 0xc4 && b <= 0xc6) {
      pos++;
      bytes(1 << (b - 0xc4));
    } else if (b == 0xca || b == 0xcb) {
      nextDouble(); // checks that it is finite
    } else if (b >= 0xcc && b <= 0xd3) {
      pos++;
      need(1 << (b & 0x03)); // 1, 2, 4 or 8 bytes, as the low bits of both int families say
      pos += 1 << (b & 0x03);
    } else {
      throw MISS; // an extension type or 0xc1: the conversion refuses them
    }
  }

  private void deeper(int outer) {
    if (outer >= maxDepth) {
      throw MISS;
    }
  }

  @Override
  public boolean nextNull() {
    if (peek() != 0xc0) {
      return false;
    }
    pos++;
    return true;
  }

  @Override
  public boolean nextBoolean() {
    int b = peek();
    if (b != 0xc2 && b != 0xc3) {
      throw MISS;
    }
    pos++;
    return b == 0xc3;
  }

  @Override
  public long nextLong() {
    int b = peek();
    if (b <= 0x7f || b >= 0xe0) {
      pos++;
      return (byte) b;
    }
    long value =
        switch (b) {
          case 0xcc -> unsigned(1);
          case 0xcd -> unsigned(2);
          case 0xce -> unsigned(4);
          case 0xcf, 0xd3 -> unsigned(8);
          case 0xd0 -> (byte) unsigned(1);
          case 0xd1 -> (short) unsigned(2);
          case 0xd2 -> (int) unsigned(4);
          default -> throw MISS;
        };
    if (b == 0xcf && value < 0) {
      throw MISS; // a uint64 beyond a long
    }
    return value;
  }

  @Override
  public double nextDouble() {
    int b = peek();
    if (b == 0xcb) {
      return finite(Double.longBitsToDouble(unsigned(8)));
    }
    if (b == 0xca) {
      // A float32 reads as the JSON text it converts to, Float.toString's.
      float value = Float.intBitsToFloat((int) unsigned(4));
      return Double.parseDouble(Float.toString((float) finite(value)));
    }
    return nextLong(); // the double nearest the integer, as its decimal text reads
  }

  @Override
  String nextNumberText() {
    int b = peek();
    if (b == 0xcb) {
      return Double.toString(finite(Double.longBitsToDouble(unsigned(8))));
    }
    if (b == 0xca) {
      return Float.toString((float) finite(Float.intBitsToFloat((int) unsigned(4))));
    }
    if (b == 0xcf) {
      return Long.toUnsignedString(unsigned(8));
    }
    return Long.toString(nextLong());
  }

  private static double finite(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw MISS; // the conversion refuses it
    }
    return value;
  }

  @Override
  public String nextString() {
    int b = peek();
    if (b >= 0xc4 && b <= 0xc6) {
      pos++;
      int length = bytes(1 << (b - 0xc4));
      return Base64.getEncoder().encodeToString(Arrays.copyOfRange(in, pos - length, pos));
    }
    int length = stringHeader();
    int start = pos;
    pos += validString(length);
    return new String(in, start, length, StandardCharsets.UTF_8);
  }

  /** The string value at {@code pos} as one of {@code known}, or as a new String. */
  private String knownString(JsonNames known) {
    int start = pos;
    int length = stringHeader();
    int index = known.indexOf(in, pos, length);
    if (index < 0) {
      pos = start;
      return nextString();
    }
    pos += length; // the bytes of a known name are valid UTF-8
    return known.name(index);
  }

  /** Reads a map header: its member count. */
  private int mapHeader() {
    int b = peek();
    if (b >= 0x80 && b <= 0x8f) {
      pos++;
      return b & 0x0f;
    }
    if (b == 0xde || b == 0xdf) {
      pos++;
      return count(b == 0xde ? 2 : 4);
    }
    throw MISS;
  }

  /** Reads an array header: its element count. */
  private int arrayHeader() {
    int b = peek();
    if (b >= 0x90 && b <= 0x9f) {
      pos++;
      return b & 0x0f;
    }
    if (b == 0xdc || b == 0xdd) {
      pos++;
      return count(b == 0xdc ? 2 : 4);
    }
    throw MISS;
  }

  /** Reads a str header: the length of the string's bytes, which follow, checked to be there. */
  private int stringHeader() {
    int b = peek();
    int length;
    if (b >= 0xa0 && b <= 0xbf) {
      pos++;
      length = b & 0x1f;
    } else if (b >= 0xd9 && b <= 0xdb) {
      pos++;
      length = (int) unsignedLength(1 << (b - 0xd9));
    } else {
      throw MISS;
    }
    if (length > in.length - pos) {
      throw MISS;
    }
    return length;
  }

  /** Steps over a string value, checked to be valid UTF-8; any other value misses. */
  @Override
  void skipString() {
    int length = stringHeader();
    pos += validString(length);
  }

  /** {@code length}, once the string's bytes from {@code pos} are checked to be valid UTF-8. */
  private int validString(int length) {
    byte[] bytes = in;
    int end = pos + length;
    for (int p = pos; p < end; ) {
      if (bytes[p] >= 0) {
        p++;
      } else {
        p += JsonStrings.utf8Length(bytes, p);
        if (p > end) {
          throw MISS;
        }
      }
    }
    return length;
  }

  /** Reads a bin length of {@code n} bytes and steps over the bytes, checked to be there. */
  private int bytes(int n) {
    int length = (int) unsignedLength(n);
    if (length > in.length - pos) {
      throw MISS;
    }
    pos += length;
    return length;
  }

  /** A container's entry count of {@code n} bytes; each entry takes a byte at least. */
  private int count(int n) {
    long count = unsignedLength(n);
    if (count > in.length - pos) {
      throw MISS;
    }
    return (int) count;
  }

  private long unsignedLength(int n) {
    long value = 0;
    need(n);
    for (int i = 0; i < n; i++) {
      value = value << 8 | (in[pos++] & 0xff);
    }
    return value;
  }

  /** Steps over the type byte and reads the {@code n} bytes after it as a big-endian number. */
  private long unsigned(int n) {
    pos++;
    return unsignedLength(n);
  }

  private void need(int n) {
    if (n > in.length - pos) {
      throw MISS;
    }
  }

  /** The type byte at {@code pos}, unsigned; the end misses. */
  private int peek() {
    if (pos >= in.length) {
      throw MISS;
    }
    return in[pos] & 0xff;
  }
}
