package io.channels4j.runtime.undertow.frame;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What the server sends a client of the {@code msgpack} subprotocol: each JSON frame as the
 * MessagePack value of the same frame (the mapping {@link MessagePackToJson} reads, in the smallest
 * form of each value), and a handler's binary data as one bin value. A broadcast is converted once
 * for all of a node's MessagePack members.
 *
 * <p>Numbers keep their JSON kind: an integer is a MessagePack int (uint64 up to 2<sup>64</sup>-1),
 * a number with a fraction or an exponent a float64, and so is an integer too large for either.
 */
public final class MessagePackWriter extends JsonScanner {
  /** Room for a map32 or array32 header, written once the container's count is known. */
  private static final int HEADER = 5;

  private static final BigInteger UINT64_LIMIT = BigInteger.ONE.shiftLeft(64);

  private byte[] out;
  private int size;

  private MessagePackWriter(byte[] frame) {
    json = frame;
    out = new byte[Math.max(16, frame.length)];
  }

  /**
   * The MessagePack form of a text frame: the value of its JSON text, or, for text that is not one
   * JSON value (a handler's {@code ctx.sendText("hello")}), the text as one str value.
   */
  public static byte[] fromText(byte[] frame) {
    MessagePackWriter writer = new MessagePackWriter(frame);
    try {
      writer.value();
      if (writer.skipWhitespace() != frame.length) {
        throw new Malformed("More than one value");
      }
    } catch (Malformed notJson) {
      writer.size = 0;
      writer.raw(frame, 0, frame.length);
    }
    return Arrays.copyOf(writer.out, writer.size);
  }

  /** The remaining bytes of {@code data} as one MessagePack bin value; its position is kept. */
  public static byte[] binary(ByteBuffer data) {
    ByteBuffer bytes = data.duplicate();
    int n = bytes.remaining();
    MessagePackWriter writer = new MessagePackWriter(new byte[0]);
    writer.header(n, 0xc4, 0xc5, 0xc6);
    writer.ensure(n);
    bytes.get(writer.out, writer.size, n);
    writer.size += n;
    return Arrays.copyOf(writer.out, writer.size);
  }

  private void value() {
    int c = nextToken();
    if (c == '{') {
      container(true);
    } else if (c == '[') {
      container(false);
    } else if (c == '"') {
      str();
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      number();
    } else {
      literal(); // true, false or null, in any case as Moshi reads them
      int letter = c | 0x20;
      write(letter == 't' ? 0xc3 : letter == 'n' ? 0xc0 : 0xc2);
    }
  }

  /** The object or array whose opening bracket is at {@code pos}. */
  private void container(boolean object) {
    pos++;
    int start = size;
    ensure(HEADER);
    size += HEADER;
    int count = 0;
    int close = object ? '}' : ']';
    if (nextToken() == close) {
      pos++;
    } else {
      while (true) {
        if (object) {
          if (nextToken() != '"') {
            throw new Malformed("Expected name");
          }
          str();
          nextToken(); // the ':'
          pos++;
        }
        value();
        count++;
        int c = nextToken();
        pos++;
        if (c == close) {
          break;
        }
      }
    }
    finishHeader(start, count, object);
  }

  /** Writes the smallest header for {@code count} entries, moving the entries behind it. */
  private void finishHeader(int start, int count, boolean object) {
    int headerSize = count < 16 ? 1 : count < 65536 ? 3 : 5;
    int body = start + HEADER;
    System.arraycopy(out, body, out, start + headerSize, size - body);
    size -= HEADER - headerSize;
    if (headerSize == 1) {
      out[start] = (byte) ((object ? 0x80 : 0x90) | count);
    } else if (headerSize == 3) {
      out[start] = (byte) (object ? 0xde : 0xdc);
      putBigEndian(start + 1, count, 2);
    } else {
      out[start] = (byte) (object ? 0xdf : 0xdd);
      putBigEndian(start + 1, count, 4);
    }
  }

  private void str() {
    int from = pos + 1;
    int end = skipString(from);
    pos = end;
    if (escaped) {
      byte[] utf8 = decode(from, end - 1).getBytes(StandardCharsets.UTF_8);
      raw(utf8, 0, utf8.length);
    } else {
      raw(json, from, end - 1 - from);
    }
  }

  private void raw(byte[] bytes, int from, int n) {
    if (n < 32) {
      write(0xa0 | n);
    } else {
      header(n, 0xd9, 0xda, 0xdb);
    }
    ensure(n);
    System.arraycopy(bytes, from, out, size, n);
    size += n;
  }

  private void number() {
    int start = pos;
    literal();
    boolean integer = true;
    for (int p = start; p < pos && integer; p++) {
      byte c = json[p];
      integer = c != '.' && c != 'e' && c != 'E';
    }
    if (integer && pos - start <= 18) {
      pos = start;
      integer(integer()); // read in place: 18 digits never overflow
      return;
    }
    String text = new String(json, start, pos - start, StandardCharsets.ISO_8859_1);
    if (integer) {
      BigInteger value = new BigInteger(text);
      if (value.bitLength() < 64) {
        integer(value.longValue());
        return;
      } else if (value.signum() > 0 && value.compareTo(UINT64_LIMIT) < 0) {
        write(0xcf);
        putLong(value.longValue());
        return;
      }
    }
    write(0xcb);
    putLong(Double.doubleToRawLongBits(Double.parseDouble(text)));
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
        putLong(value);
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
      putLong(value);
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

  private void putLong(long value) {
    put(value, 8);
  }

  private void put(long value, int n) {
    ensure(n);
    putBigEndian(size, value, n);
    size += n;
  }

  private void putBigEndian(int at, long value, int n) {
    for (int i = n - 1; i >= 0; i--) {
      out[at + i] = (byte) value;
      value >>>= 8;
    }
  }

  private void write(int b) {
    ensure(1);
    out[size++] = (byte) b;
  }

  private void ensure(int more) {
    if (size + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
    }
  }
}
