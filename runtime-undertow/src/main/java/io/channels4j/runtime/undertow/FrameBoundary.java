package io.channels4j.runtime.undertow;

import java.nio.ByteBuffer;

/**
 * Where a stream of WebSocket frames stands as its bytes are written: between two frames or inside
 * one. A frame's header is 2, 4 or 10 bytes, 4 more when masked, and tells its payload's length.
 */
final class FrameBoundary {
  private final byte[] header = new byte[14];
  private int headerRead;
  private long payloadLeft;
  private boolean closeBegun;

  /** Whether the bytes written so far end a frame (or there were none). */
  boolean between() {
    return headerRead == 0 && payloadLeft == 0;
  }

  /** Whether a close frame has begun: nothing may follow it. */
  boolean closeBegun() {
    return closeBegun;
  }

  /** The bytes of {@code buffer} from {@code from} up to {@code to} were written. */
  void written(ByteBuffer buffer, int from, int to) {
    int i = from;
    while (i < to) {
      if (payloadLeft > 0) {
        int skipped = (int) Math.min(payloadLeft, to - i);
        payloadLeft -= skipped;
        i += skipped;
        continue;
      }
      header[headerRead++] = buffer.get(i++);
      if (headerRead == 1 && (header[0] & 0x0F) == 0x8) {
        closeBegun = true;
      }
      if (headerRead >= 2 && headerRead == headerSize()) {
        payloadLeft = payloadLength();
        headerRead = 0;
      }
    }
  }

  /** Whether the first byte left in {@code buffers} starts a close frame (opcode 8). */
  static boolean startsClose(ByteBuffer[] buffers, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (buffers[i].hasRemaining()) {
        return (buffers[i].get(buffers[i].position()) & 0x0F) == 0x8;
      }
    }
    return false;
  }

  private int headerSize() {
    int length = header[1] & 0x7F;
    int size = length < 126 ? 2 : length == 126 ? 4 : 10;
    return (header[1] & 0x80) != 0 ? size + 4 : size;
  }

  private long payloadLength() {
    int length = header[1] & 0x7F;
    if (length < 126) {
      return length;
    }
    if (length == 126) {
      return ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
    }
    long value = 0;
    for (int i = 2; i < 10; i++) {
      value = (value << 8) | (header[i] & 0xFF);
    }
    return value;
  }
}
