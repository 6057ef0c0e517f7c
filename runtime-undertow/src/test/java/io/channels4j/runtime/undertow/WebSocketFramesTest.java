package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The frames the server writes, and where a stream of them is read back to end. */
class WebSocketFramesTest {
  private static final int[] LENGTHS = {0, 1, 125, 126, 127, 65_535, 65_536, 70_000};

  @Test
  void aTextFrameHasTheShortestHeaderForItsLength() {
    for (int length : LENGTHS) {
      byte[] payload = new byte[length];
      Arrays.fill(payload, (byte) 'a');
      ByteBuffer frame = WebSocketFrames.text(payload);
      int header = length < 126 ? 2 : length <= 65_535 ? 4 : 10;
      assertThat(frame.position()).isEqualTo(0);
      assertThat(frame.remaining()).isEqualTo(header + length);
      assertThat(frame.get(0)).isEqualTo((byte) 0x81); // final, text
      assertThat(declaredLength(frame)).isEqualTo(length);
      byte[] body = new byte[length];
      frame.get(header, body);
      assertThat(body).isEqualTo(payload);
    }
  }

  @Test
  void aMarkedMessageBecomesABinaryFrameOfWhatFollowsTheMark() {
    ByteBuffer marked = ByteBuffer.wrap(BinaryFrames.marked(ByteBuffer.wrap(new byte[] {1, 2, 3})));
    ByteBuffer frame = WebSocketFrames.of(marked);
    assertThat(marked.position()).isEqualTo(0); // read, not moved
    assertThat(frame.array()).isEqualTo(new byte[] {(byte) 0x82, 3, 1, 2, 3});
    assertThat(WebSocketFrames.of(ByteBuffer.wrap(new byte[] {'h', 'i'})).array())
        .isEqualTo(new byte[] {(byte) 0x81, 2, 'h', 'i'});
  }

  @Test
  void theBoundaryIsBetweenFramesOnlyAfterAFramesLastByteHoweverTheBytesArriveSplit() {
    for (int length : LENGTHS) {
      ByteBuffer frame = WebSocketFrames.binary(new byte[length]);
      for (int split : new int[] {1, 3, 4096}) {
        FrameBoundary boundary = new FrameBoundary();
        for (int from = 0; from < frame.limit(); from += split) {
          assertThat(boundary.between()).isEqualTo(from == 0);
          boundary.written(frame, from, Math.min(frame.limit(), from + split));
        }
        assertThat(boundary.between()).isTrue();
        assertThat(boundary.closeBegun()).isFalse();
      }
    }
  }

  @Test
  void aMaskedFramesKeyIsPartOfItsHeader() {
    // A masked frame of 2 payload bytes: 2 bytes of header, 4 of key, then the payload.
    ByteBuffer masked = ByteBuffer.wrap(new byte[] {(byte) 0x89, (byte) 0x82, 9, 9, 9, 9, 0, 0});
    FrameBoundary boundary = new FrameBoundary();
    boundary.written(masked, 0, 7);
    assertThat(boundary.between()).isFalse();
    boundary.written(masked, 7, 8);
    assertThat(boundary.between()).isTrue();
  }

  @Test
  void aCloseFrameIsSeenFromItsFirstByte() {
    ByteBuffer[] close = {
      ByteBuffer.allocate(0), ByteBuffer.wrap(new byte[] {(byte) 0x88, 2, 0x03, (byte) 0xe8})
    };
    ByteBuffer[] ping = {ByteBuffer.wrap(new byte[] {(byte) 0x89, 0})};
    assertThat(FrameBoundary.startsClose(close, 0, 2)).isTrue();
    assertThat(FrameBoundary.startsClose(ping, 0, 1)).isFalse();
    FrameBoundary boundary = new FrameBoundary();
    boundary.written(close[1], 0, 1);
    assertThat(boundary.closeBegun()).isTrue();
    assertThat(boundary.between()).isFalse();
  }

  private static long declaredLength(ByteBuffer frame) {
    int length = frame.get(1) & 0x7F;
    if (length == 126) {
      return frame.getShort(2) & 0xFFFF;
    }
    return length == 127 ? frame.getLong(2) : length;
  }
}
