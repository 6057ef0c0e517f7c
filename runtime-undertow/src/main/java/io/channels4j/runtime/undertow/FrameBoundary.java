package io.channels4j.runtime.undertow;

import java.nio.ByteBuffer;

/**
 * Where a stream of WebSocket frames stands as its bytes are written: between two frames or inside
 * one. A frame's header is 2, 4 or 10 bytes, 4 more when masked, and tells its payload's length.
 */
final class FrameBoundary {
  // Per connection, so no array: the header is read into these as its bytes come.
  private int headerRead;
  private int headerSize;
  private int lengthBytes;
  private long length;
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
      } else {
        headerByte(buffer.get(i++) & 0xFF);
      }
    }
  }

  private void headerByte(int b) {
    if (headerRead == 0) {
      closeBegun |= (b & 0x0F) == 0x8;
    } else if (headerRead == 1) {
      int code = b & 0x7F;
      lengthBytes = code < 126 ? 0 : code == 126 ? 2 : 8;
      headerSize = 2 + lengthBytes + ((b & 0x80) != 0 ? 4 : 0);
      length = code < 126 ? code : 0;
    } else if (headerRead < 2 + lengthBytes) {
      length = (length << 8) | b;
    }
    headerRead++;
    if (headerRead >= 2 && headerRead == headerSize) {
      payloadLeft = length;
      headerRead = 0;
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
}
