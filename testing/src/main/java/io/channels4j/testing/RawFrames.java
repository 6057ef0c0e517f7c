package io.channels4j.testing;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds the bytes of one client WebSocket frame, including the ones RFC 6455 forbids: unmasked,
 * with RSV bits, reserved opcodes, unfinished, or with a length field that lies about the payload.
 *
 * <pre>{@code
 * client.sendRaw(RawFrames.of(1, bytes).rsv(0x40).build());
 * client.sendRaw(RawFrames.of(9, new byte[126]).build()); // a ping over 125 bytes
 * }</pre>
 */
public final class RawFrames {
  private final int opcode;
  private final byte[] payload;
  private boolean fin = true;
  private int rsv;
  private boolean masked = true;
  private Integer maskKey;
  private boolean lengthDeclared;
  private long declaredLength;

  private RawFrames(int opcode, byte[] payload) {
    this.opcode = opcode;
    this.payload = payload;
  }

  /** A final, masked frame with {@code opcode} (0 to 15) carrying {@code payload}. */
  public static RawFrames of(int opcode, byte[] payload) {
    return new RawFrames(opcode, payload);
  }

  /** Whether the FIN bit is set: {@code false} for every fragment but the last. */
  public RawFrames fin(boolean fin) {
    this.fin = fin;
    return this;
  }

  /** The RSV bits as they sit in the first byte: 0x40, 0x20, 0x10 or a combination. */
  public RawFrames rsv(int bits) {
    this.rsv = bits & 0x70;
    return this;
  }

  /** Sends the payload as is, without the mask every client frame must have. */
  public RawFrames unmasked() {
    this.masked = false;
    return this;
  }

  /**
   * Masks with {@code key} rather than a random one, for a test that needs the bytes on the wire:
   * with key 0 they are the payload's own.
   */
  public RawFrames maskKey(int key) {
    this.maskKey = key;
    return this;
  }

  /**
   * Announces {@code length} in the header (always in the 64-bit form) whatever the payload's real
   * length, for frames that claim more than they carry.
   */
  public RawFrames declaredLength(long length) {
    this.lengthDeclared = true;
    this.declaredLength = length;
    return this;
  }

  public byte[] build() {
    ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
    frame.write((fin ? 0x80 : 0) | rsv | (opcode & 0x0f));
    int maskBit = masked ? 0x80 : 0;
    if (lengthDeclared) {
      writeLong(frame, maskBit, declaredLength);
    } else if (payload.length < 126) {
      frame.write(maskBit | payload.length);
    } else if (payload.length < 65536) {
      frame.write(maskBit | 126);
      frame.write(payload.length >>> 8);
      frame.write(payload.length);
    } else {
      writeLong(frame, maskBit, payload.length);
    }
    if (!masked) {
      frame.write(payload, 0, payload.length);
      return frame.toByteArray();
    }
    int key = maskKey != null ? maskKey : ThreadLocalRandom.current().nextInt();
    byte[] mask = {(byte) (key >>> 24), (byte) (key >>> 16), (byte) (key >>> 8), (byte) key};
    frame.write(mask, 0, mask.length);
    byte[] out = new byte[payload.length];
    for (int i = 0; i < payload.length; i++) {
      out[i] = (byte) (payload[i] ^ mask[i & 3]);
    }
    frame.write(out, 0, out.length);
    return frame.toByteArray();
  }

  private static void writeLong(ByteArrayOutputStream frame, int maskBit, long length) {
    frame.write(maskBit | 127);
    for (int shift = 56; shift >= 0; shift -= 8) {
      frame.write((int) (length >>> shift));
    }
  }
}
