package io.channels4j.runtime.undertow;

import java.nio.ByteBuffer;

/**
 * How a binary frame travels the paths built for text frames (the broker, the rooms, an outbox): as
 * its bytes behind one {@code 0xFF} byte, which no UTF-8 text, and so no text frame, ever holds.
 * The broker and its backends carry the marked bytes as they carry any frame; only the outbox reads
 * the mark, when it writes the frame.
 */
final class BinaryFrames {
  private static final byte MARK = (byte) 0xFF;

  private BinaryFrames() {}

  /** The remaining bytes of {@code data}, marked; {@code data}'s position is left as it was. */
  static byte[] marked(ByteBuffer data) {
    ByteBuffer bytes = data.duplicate();
    byte[] frame = new byte[1 + bytes.remaining()];
    frame[0] = MARK;
    bytes.get(frame, 1, frame.length - 1);
    return frame;
  }

  /** Whether {@code frame}, queued for a client, is a marked binary frame. */
  static boolean isBinary(ByteBuffer frame) {
    return frame.hasRemaining() && frame.get(frame.position()) == MARK;
  }

  /** The bytes to send of a marked frame: {@code frame} past its mark. */
  static ByteBuffer payload(ByteBuffer frame) {
    return frame.position(frame.position() + 1);
  }
}
