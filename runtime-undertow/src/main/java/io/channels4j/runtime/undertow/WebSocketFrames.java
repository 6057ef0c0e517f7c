package io.channels4j.runtime.undertow;

import java.nio.ByteBuffer;

/**
 * RFC 6455 frames as the server sends its messages: one final, unmasked frame each, its header and
 * payload in one array, so that a broadcast is framed once and every member's outbox holds a view
 * of the same bytes.
 */
final class WebSocketFrames {
  private static final int TEXT = 0x1;
  private static final int BINARY = 0x2;

  private WebSocketFrames() {}

  /**
   * The frame of a message as the server makes it: text, or binary as {@link BinaryFrames} marks.
   */
  static ByteBuffer of(ByteBuffer message) {
    return BinaryFrames.isBinary(message)
        ? frame(BINARY, message, message.position() + 1)
        : frame(TEXT, message, message.position());
  }

  /** The text frame of {@code payload}. */
  static ByteBuffer text(byte[] payload) {
    return frame(TEXT, ByteBuffer.wrap(payload), 0);
  }

  /** The binary frame of {@code payload}. */
  static ByteBuffer binary(byte[] payload) {
    return frame(BINARY, ByteBuffer.wrap(payload), 0);
  }

  /** The frame of {@code data} from {@code from} to its limit; its position is left as it was. */
  private static ByteBuffer frame(int opcode, ByteBuffer data, int from) {
    int length = data.limit() - from;
    int header = length < 126 ? 2 : length <= 0xFFFF ? 4 : 10;
    byte[] frame = new byte[header + length];
    frame[0] = (byte) (0x80 | opcode);
    if (length < 126) {
      frame[1] = (byte) length;
    } else if (length <= 0xFFFF) {
      frame[1] = 126;
      frame[2] = (byte) (length >>> 8);
      frame[3] = (byte) length;
    } else {
      frame[1] = 127;
      for (int i = 0; i < 8; i++) {
        frame[2 + i] = (byte) ((long) length >>> (56 - 8 * i));
      }
    }
    data.get(from, frame, header, length);
    return ByteBuffer.wrap(frame);
  }
}
