package io.channels4j.runtime.undertow;

import io.undertow.connector.ByteBufferPool;
import io.undertow.server.protocol.framed.FrameHeaderData;
import io.undertow.websockets.core.CloseMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSocketFrameCorruptedException;
import io.undertow.websockets.core.WebSocketVersion;
import io.undertow.websockets.core.WebSockets;
import io.undertow.websockets.core.protocol.version07.WebSocket07Channel;
import io.undertow.websockets.extensions.ExtensionFunction;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;
import org.xnio.OptionMap;
import org.xnio.StreamConnection;

/**
 * Undertow's WebSocket channel (one class serves versions 13, 8 and 7), refusing the frame header
 * Undertow lets by: a 64-bit length with its most significant bit set, which RFC 6455 section 5.2
 * forbids. Undertow reads it as a negative length, ends the frame at once and parses its payload as
 * the next header, so the connection either closes for a reason it makes up or waits for ever.
 */
final class StrictChannel extends WebSocket07Channel {
  private final WebSocketVersion version;

  StrictChannel(
      WebSocketVersion version,
      StreamConnection connection,
      ByteBufferPool pool,
      String url,
      String subprotocol,
      boolean extensionsSupported,
      ExtensionFunction extensions,
      Set<WebSocketChannel> peers,
      OptionMap options) {
    super(
        connection, pool, url, subprotocol, false, extensionsSupported, extensions, peers, options);
    this.version = version;
  }

  @Override
  public WebSocketVersion getVersion() {
    return version;
  }

  /** Closes with 1002, the code RFC 6455 gives a protocol error. */
  @Override
  protected FrameHeaderData parseFrame(ByteBuffer data) throws IOException {
    FrameHeaderData header = super.parseFrame(data);
    if (header != null && header.getFrameLength() < 0) {
      WebSocketFrameCorruptedException refused =
          new WebSocketFrameCorruptedException("payload length out of range");
      WebSockets.sendClose(CloseMessage.PROTOCOL_ERROR, "", this, null);
      markReadsBroken(refused);
      throw refused;
    }
    return header;
  }
}
