package io.channels4j.runtime.internal;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fast path's MessagePack writer: generated codecs write the frames of a {@code msgpack} client
 * with it, as they write JSON text with {@link JsonTextOutput}, into a growable byte buffer.
 *
 * <p>It writes the MessagePack value of the JSON text {@link JsonTextOutput} writes, each value in
 * its smallest form: a map or array header once its count is known, an integer as the smallest int
 * that holds it (uint64 up to 2<sup>64</sup>-1), a number with a fraction or an exponent as a
 * float64 of its text (a float's is {@link Float#toString}'s, as in JSON), and so is an integer too
 * large for either.
 */
public final class MessagePackOutput extends JsonOutput {
  private static final BigInteger UINT64_LIMIT = BigInteger.ONE.shiftLeft(64);

  private int[] starts = new int[16]; // per open container: where its one-byte header is
  private int[] entries = new int[16]; // per open container: members or elements written
  private int depth;
  private boolean afterName; // a name was written, its value not yet

  /** An empty output. */
  public MessagePackOutput() {}

  @Override
  public JsonOutput reset() {
    count = 0;
    depth = 0;
    afterName = false;
    return this;
  }

  @Override
  public void beginObject() {
    open();
  }

  @Override
  public void endObject() {
    close(0x80, 0xde, 0xdf);
  }

  @Override
  public void beginArray() {
    open();
  }

  @Override
  public void endArray() {
    close(0x90, 0xdc, 0xdd);
  }

  private void open() {
    beforeValue();
    depth++;
    if (depth == starts.length) {
      starts = Arrays.copyOf(starts, depth * 2);
      entries = Arrays.copyOf(entries, depth * 2);
    }
    starts[depth] = count;
    entries[depth] = 0;
    write(0); // the header, one byte unless the count needs more
  }

  /** Writes the smallest header for the container's count, moving its entries behind it. */
  private void close(int fix, int form16, int form32) {
    int n = entries[depth];
    int start = starts[depth];
    depth--;
    if (n < 16) {
      buffer[start] = (byte) (fix | n);
      return;
    }
    int more = n < 0x10000 ? 2 : 4;
    ensure(more);
    System.arraycopy(buffer, start + 1, buffer, start + 1 + more, count - start - 1);
    count += more;
    buffer[start] = (byte) (more == 2 ? form16 : form32);
    putBigEndian(start + 1, n, more);
  }

  /** Writes a name made by {@link #encodeName}: the string between its quotes, unescaped. */
  @Override
  public void name(byte[] encodedName) {
    int end = encodedName.length - 2; // before '"' and ':'
    for (int i = 1; i < end; i++) {
      if (encodedName[i] == '\\') {
        name(new JsonTextInput(0).reset(Arrays.copyOf(encodedName, end + 1)).nextString());
        return;
      }
    }
    nameUtf8(encodedName, 1, end - 1);
  }

  @Override
  public void name(String name) {
    entries[depth]++;
    string(name);
    afterName = true;
  }

  /** Writes a member name given as {@code length} bytes of UTF-8 from {@code bytes[from]}. */
  public void nameUtf8(byte[] bytes, int from, int length) {
    entries[depth]++;
    raw(bytes, from, length);
    afterName = true;
  }

  @Override
  public void value(String value) {
    beforeValue();
    string(value);
  }

  /** Writes a string given as {@code length} bytes of UTF-8 from {@code bytes[from]}. */
  public void valueUtf8(byte[] bytes, int from, int length) {
    beforeValue();
    raw(bytes, from, length);
  }

  /** Writes the remaining bytes of {@code data} as one bin value; its position is kept. */
  public void binary(ByteBuffer data) {
    beforeValue();
    ByteBuffer bytes = data.duplicate();
    int n = bytes.remaining();
    header(n, 0xc4, 0xc5, 0xc6);
    ensure(n);
    bytes.get(buffer, count, n);
    count += n;
  }

  @Override
  public void value(boolean value) {
    beforeValue();
    write(value ? 0xc3 : 0xc2);
  }

  @Override
  public void value(long value) {
    beforeValue();
    integer(value);
  }

  @Override
  public void value(double value) {
    requireFinite(value);
    beforeValue();
    float64(value);
  }

  @Override
  public void value(float value) {
    requireFinite(value);
    beforeValue();
    float64(Double.parseDouble(Float.toString(value))); // the number JSON text gives it
  }

  /**
   * Writes a number given as its RFC 8259 text: an integer as the smallest int that holds it, any
   * other number, and an integer beyond a uint64 or an int64, as the float64 of its text.
   */
  @Override
  public void number(String text) {
    beforeValue();
    boolean integer = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    if (integer) {
      BigInteger value = new BigInteger(text);
      if (value.bitLength() < 64) {
        integer(value.longValue());
        return;
      } else if (value.signum() > 0 && value.compareTo(UINT64_LIMIT) < 0) {
        write(0xcf);
        put(value.longValue(), 8);
        return;
      }
    }
    float64(Double.parseDouble(text));
  }

  @Override
  public void nullValue() {
    beforeValue();
    write(0xc0);
  }

  /** Counts an array's element; an object's value was counted with its name. */
  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else {
      entries[depth]++;
    }
  }

  /** {@code value} as the smallest MessagePack int that holds it. */
  private void integer(long value) {
    if (value >= 0) {
      if (value < 0x80) {
        write((int) value);
      } else if (value < 0x100) {
        write(0xcc);
        write((int) value);
      } else if (value < 0x10000) {
        write(0xcd);
        put(value, 2);
      } else if (value < 0x100000000L) {
        write(0xce);
        put(value, 4);
      } else {
        write(0xcf);
        put(value, 8);
      }
    } else if (value >= -32) {
      write((int) value & 0xff);
    } else if (value >= Byte.MIN_VALUE) {
      write(0xd0);
      write((int) value & 0xff);
    } else if (value >= Short.MIN_VALUE) {
      write(0xd1);
      put(value, 2);
    } else if (value >= Integer.MIN_VALUE) {
      write(0xd2);
      put(value, 4);
    } else {
      write(0xd3);
      put(value, 8);
    }
  }

  private void float64(double value) {
    write(0xcb);
    put(Double.doubleToRawLongBits(value), 8);
  }

  /** Writes {@code s} as a str of its UTF-8, a lone surrogate as '?' (as JSON text writes it). */
  private void string(String s) {
    int length = s.length();
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) >= 0x80) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8); // its lone surrogates are '?'
        raw(utf8, 0, utf8.length);
        return;
      }
    }
    strHeader(length);
    ensure(length);
    byte[] out = buffer;
    int k = count;
    for (int i = 0; i < length; i++) {
      out[k++] = (byte) s.charAt(i); // ASCII: a char is its byte
    }
    count = k;
  }

  private void raw(byte[] bytes, int from, int n) {
    strHeader(n);
    ensure(n);
    System.arraycopy(bytes, from, buffer, count, n);
    count += n;
  }

  private void strHeader(int n) {
    if (n < 32) {
      write(0xa0 | n);
    } else {
      header(n, 0xd9, 0xda, 0xdb);
    }
  }

  /** A str or bin header for {@code n} bytes: its 8, 16 or 32-bit length form. */
  private void header(int n, int form8, int form16, int form32) {
    if (n < 0x100) {
      write(form8);
      write(n);
    } else if (n < 0x10000) {
      write(form16);
      put(n, 2);
    } else {
      write(form32);
      put(n, 4);
    }
  }

  private void put(long value, int n) {
    ensure(n);
    putBigEndian(count, value, n);
    count += n;
  }

  private void putBigEndian(int at, long value, int n) {
    for (int i = n - 1; i >= 0; i--) {
      buffer[at + i] = (byte) value;
      value >>>= 8;
    }
  }

  private void write(int b) {
    ensure(1);
    buffer[count++] = (byte) b;
  }
}
