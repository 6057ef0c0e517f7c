package io.channels4j.runtime.internal;

import io.channels4j.runtime.FrameEnvelope;
import java.nio.charset.StandardCharsets;

/**
 * The names of a client frame's routing, correlation and payload members, as a channel's {@code
 * FrameEnvelope} gives them, in the form {@link JsonInput#beginFrame(byte[], JsonNames,
 * FrameNames)} compares with a frame's raw bytes. Immutable; one per mounted channel.
 */
public final class FrameNames {
  /** The names of the default frames: {@code action}, {@code request_id}, the frame as payload. */
  public static final FrameNames DEFAULT = of(FrameEnvelope.DEFAULT);

  final byte[] action;
  final byte[] requestId;
  final byte[] payload; // null: the payload is the frame object itself

  private FrameNames(byte[] action, byte[] requestId, byte[] payload) {
    this.action = action;
    this.requestId = requestId;
    this.payload = payload;
  }

  /**
   * The names of {@code envelope}, whose names the processor checked: none holds a character JSON
   * must escape, so a frame writes them as their plain UTF-8 bytes.
   */
  public static FrameNames of(FrameEnvelope envelope) {
    return new FrameNames(
        utf8(envelope.action()),
        utf8(envelope.requestId()),
        envelope.payloadInMember() ? utf8(envelope.payload()) : null);
  }

  private static byte[] utf8(String name) {
    return name.getBytes(StandardCharsets.UTF_8);
  }
}
