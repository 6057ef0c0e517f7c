package io.channels4j.runtime.undertow;

import io.channels4j.runtime.undertow.frame.FrameCodecs;
import io.channels4j.runtime.undertow.frame.MessagePackToJson;
import io.channels4j.runtime.undertow.frame.MessagePackWriter;
import io.undertow.util.HeaderValues;
import java.nio.ByteBuffer;

/**
 * How one connection's protocol frames travel, as its client chose with {@code
 * Sec-WebSocket-Protocol}: JSON text frames (the default, also named {@code json}), or MessagePack
 * binary frames ({@code msgpack}). The generated codecs read and write a MessagePack client's
 * frames themselves ({@link FrameCodecs#messagePack()}); what they leave to Moshi, and every frame
 * the server makes as JSON (errors, broadcasts), is converted at the client's edge, so both kinds
 * of client get the same answers.
 */
enum WireFormat {
  JSON("json"),
  MESSAGE_PACK("msgpack");

  /** The subprotocol's name, as the client asks for it and the 101 answers it. */
  final String subprotocol;

  WireFormat(String subprotocol) {
    this.subprotocol = subprotocol;
  }

  /**
   * The first of the subprotocols a client asks for (in its order of preference) that the channel
   * speaks, or {@code null} if it asked for none of them: then the 101 names no subprotocol (RFC
   * 6455 section 4.2.2) and the connection speaks JSON.
   *
   * @param messagePack whether the channel speaks MessagePack: a channel of JSON actions with no
   *     binary frames of its own, since a MessagePack client's binary frames are its actions
   */
  static WireFormat chosen(HeaderValues requested, boolean messagePack) {
    if (requested == null) {
      return null;
    }
    for (String header : requested) {
      for (String name : header.split(",")) {
        String token = name.trim();
        if (token.equals(JSON.subprotocol)) {
          return JSON;
        } else if (messagePack && token.equals(MESSAGE_PACK.subprotocol)) {
          return MESSAGE_PACK;
        }
      }
    }
    return null;
  }

  /** The codecs that read and write this format's frames, of the server's JSON ones. */
  FrameCodecs codecs(FrameCodecs json) {
    return this == JSON ? json : json.messagePack();
  }

  /**
   * The JSON text of a protocol frame of this format, for the Moshi path.
   *
   * @throws io.channels4j.runtime.ParseError if a MessagePack frame has no JSON form
   */
  byte[] json(byte[] frame) {
    return this == JSON ? frame : MessagePackToJson.convert(frame, frame.length);
  }

  /** A frame its codecs wrote in this format, framed as its outbox queues it. */
  ByteBuffer encoded(byte[] frame) {
    return this == JSON ? WebSocketFrames.text(frame) : WebSocketFrames.binary(frame);
  }

  /**
   * The WebSocket frame of a message the server made, as a client of this format reads it: text
   * messages and {@link BinaryFrames marked} binary data become one MessagePack value each, in a
   * binary frame, for a MessagePack client (see {@link MessagePackWriter}).
   */
  ByteBuffer framed(ByteBuffer message) {
    if (this == JSON) {
      return WebSocketFrames.of(message);
    }
    return WebSocketFrames.binary(
        BinaryFrames.isBinary(message)
            ? MessagePackWriter.binary(BinaryFrames.payload(message.duplicate()))
            : MessagePackWriter.fromText(bytes(message)));
  }

  private static byte[] bytes(ByteBuffer frame) {
    if (frame.hasArray()
        && frame.arrayOffset() == 0
        && frame.position() == 0
        && frame.remaining() == frame.array().length) {
      return frame.array(); // the usual frame: a whole array, wrapped
    }
    byte[] copy = new byte[frame.remaining()];
    frame.duplicate().get(copy);
    return copy;
  }
}
