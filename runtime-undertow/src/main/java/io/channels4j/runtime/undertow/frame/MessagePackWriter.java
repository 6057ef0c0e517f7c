package io.channels4j.runtime.undertow.frame;

import io.channels4j.runtime.internal.MessagePackOutput;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What the server sends a client of the {@code msgpack} subprotocol when a frame was made as JSON
 * text (a broadcast from the broker, an error, a Moshi-written reply): each JSON frame as the
 * MessagePack value of the same frame, written by {@link MessagePackOutput} as the generated codecs
 * write it, and a handler's binary data as one bin value. A broadcast is converted once for all of
 * a node's MessagePack members.
 *
 * <p>Numbers keep their JSON kind: an integer is a MessagePack int (uint64 up to 2<sup>64</sup>-1),
 * a number with a fraction or an exponent a float64, and so is an integer too large for either.
 */
public final class MessagePackWriter extends JsonScanner {
  private final MessagePackOutput out = new MessagePackOutput();

  private MessagePackWriter(byte[] frame) {
    json = frame;
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
      writer.out.reset();
      writer.out.valueUtf8(frame, 0, frame.length);
    }
    return writer.out.toByteArray();
  }

  /** The remaining bytes of {@code data} as one MessagePack bin value; its position is kept. */
  public static byte[] binary(ByteBuffer data) {
    MessagePackOutput out = new MessagePackOutput();
    out.binary(data);
    return out.toByteArray();
  }

  private void value() {
    int c = nextToken();
    if (c == '{') {
      container(true);
    } else if (c == '[') {
      container(false);
    } else if (c == '"') {
      str(false);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      number();
    } else {
      literal(); // true, false or null, in any case as Moshi reads them
      int letter = c | 0x20;
      if (letter == 'n') {
        out.nullValue();
      } else {
        out.value(letter == 't');
      }
    }
  }

  /** The object or array whose opening bracket is at {@code pos}. */
  private void container(boolean object) {
    pos++;
    if (object) {
      out.beginObject();
    } else {
      out.beginArray();
    }
    int close = object ? '}' : ']';
    if (nextToken() == close) {
      pos++;
    } else {
      while (true) {
        if (object) {
          if (nextToken() != '"') {
            throw new Malformed("Expected name");
          }
          str(true);
          nextToken(); // the ':'
          pos++;
        }
        value();
        int c = nextToken();
        pos++;
        if (c == close) {
          break;
        }
      }
    }
    if (object) {
      out.endObject();
    } else {
      out.endArray();
    }
  }

  private void str(boolean name) {
    int from = pos + 1;
    int end = skipString(from);
    pos = end;
    byte[] bytes = json;
    int start = from;
    int length = end - 1 - from;
    if (escaped) {
      bytes = decode(from, end - 1).getBytes(StandardCharsets.UTF_8);
      start = 0;
      length = bytes.length;
    }
    if (name) {
      out.nameUtf8(bytes, start, length);
    } else {
      out.valueUtf8(bytes, start, length);
    }
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
      out.value(integer()); // read in place: 18 digits never overflow
    } else {
      out.number(new String(json, start, pos - start, StandardCharsets.ISO_8859_1));
    }
  }
}
