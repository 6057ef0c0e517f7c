package io.channels4j.runtime.undertow;

import io.undertow.connector.PooledByteBuffer;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedBinaryMessage;
import io.undertow.websockets.core.StreamSourceFrameChannel;
import io.undertow.websockets.core.WebSocketChannel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.ChannelListener;
import org.xnio.IoUtils;

/**
 * Reads whole text messages as raw UTF-8 bytes (no String round trip) with the server's size limit,
 * and binary messages with theirs: whole, for a channel that takes them, else drained into pooled
 * buffers it frees at once.
 *
 * <p>Undertow's own buffered reader would send its close 1009 before the protocol's {@code Message
 * Too Big} error frame could go out, so messages are read here.
 */
final class FrameReceiver extends AbstractReceiveListener {
  private static final Logger log = LoggerFactory.getLogger(ChannelServer.class);

  private static final byte[] EMPTY = new byte[0];

  private final Connection connection;
  private final long maxFrameBytes;
  private final long maxBinaryFrameBytes;

  FrameReceiver(Connection connection, long maxFrameBytes, long maxBinaryFrameBytes) {
    this.connection = connection;
    this.maxFrameBytes = maxFrameBytes;
    this.maxBinaryFrameBytes = maxBinaryFrameBytes;
  }

  /** Not used by our reader, but never the default (which means no limit). */
  @Override
  protected long getMaxTextBufferSize() {
    return maxFrameBytes;
  }

  @Override
  protected long getMaxBinaryBufferSize() {
    return maxBinaryFrameBytes;
  }

  @Override
  protected void onText(WebSocketChannel webSocketChannel, StreamSourceFrameChannel message) {
    start(message, true);
  }

  @Override
  protected void onBinary(WebSocketChannel webSocketChannel, StreamSourceFrameChannel message) {
    start(message, false);
  }

  @Override
  protected void onFullPongMessage(WebSocketChannel channel, BufferedBinaryMessage message)
      throws IOException {
    connection.heard();
    super.onFullPongMessage(channel, message);
  }

  @Override
  protected void onFullPingMessage(WebSocketChannel channel, BufferedBinaryMessage message)
      throws IOException {
    connection.heard();
    super.onFullPingMessage(channel, message); // answers it with a pong
  }

  private void start(StreamSourceFrameChannel message, boolean text) {
    connection.heard();
    // A MessagePack client's binary frames are protocol frames, held to the same limit as JSON's.
    long limit =
        text || connection.format == WireFormat.MESSAGE_PACK ? maxFrameBytes : maxBinaryFrameBytes;
    if (declaresTooMany(message, limit)) {
      // Refused on its header: its bytes may never come (a length of 2^62), so don't wait for them.
      connection.flusher.frameRead();
      connection.onTooBig();
      return;
    }
    new MessageReader(text, text || connection.takesBinary(), limit).read(message);
  }

  /**
   * Whether the message's first frame declares more than {@code limit}. Undertow closes a frame
   * channel whose declared length passes its maximum stream size at once, so the maximum is set and
   * the channel looked at; it is reset at once, since later fragments are counted as they are read.
   */
  private boolean declaresTooMany(StreamSourceFrameChannel message, long limit) {
    if (!message.isOpen()) {
      return false; // an empty message is complete, and closed, when it arrives
    }
    message.setMaxStreamSize(limit);
    boolean refused = !message.isOpen();
    message.setMaxStreamSize(-1);
    return refused;
  }

  @Override
  protected void onFullCloseMessage(WebSocketChannel channel, BufferedBinaryMessage message)
      throws IOException {
    boolean answeringOurClose = channel.isCloseFrameSent();
    super.onFullCloseMessage(channel, message);
    if (answeringOurClose) {
      // The close handshake is complete: release the socket now rather than at the close timeout.
      IoUtils.safeClose(channel);
    }
  }

  @Override
  protected void onError(WebSocketChannel channel, Throwable error) {
    log.debug("WebSocket error on connection {}", connection.id, error);
    IoUtils.safeClose(channel);
  }

  /** Reads one message, resuming on read events until its end. */
  private final class MessageReader implements ChannelListener<StreamSourceFrameChannel> {
    private final boolean text;

    /** Whether the bytes are kept for the connection, or drained. */
    private final boolean keep;

    private final long limit;
    private byte[] data = EMPTY;
    private long size;
    private boolean done;
    private boolean tooBig;

    MessageReader(boolean text, boolean keep, long limit) {
      this.text = text;
      this.keep = keep;
      this.limit = limit;
    }

    /** Appends the {@code n} bytes just read; {@code size} already counts them. */
    private void append(ByteBuffer read, int n) {
      if (size > data.length) {
        // Most messages arrive in one read: size the array exactly, double it for later reads.
        data = Arrays.copyOf(data, data.length == 0 ? n : (int) Math.max(size, 2L * data.length));
      }
      read.get(data, (int) size - n, n);
    }

    @Override
    public void handleEvent(StreamSourceFrameChannel message) {
      read(message);
    }

    void read(StreamSourceFrameChannel message) {
      if (done) {
        message.suspendReads(); // read events after an error would otherwise fire forever
        return;
      }
      PooledByteBuffer pooled = message.getWebSocketChannel().getBufferPool().allocate();
      try {
        ByteBuffer buffer = pooled.getBuffer();
        while (true) {
          buffer.clear();
          int n = message.read(buffer);
          if (n == -1) {
            done = true;
            connection.flusher.frameRead();
            if (tooBig) {
              return;
            } else if (text) {
              connection.onText(data, (int) size);
            } else {
              connection.onBinary(data, keep ? (int) size : 0);
            }
            return;
          }
          if (n == 0) {
            message.getReadSetter().set(this);
            message.resumeReads();
            return;
          }
          size += n;
          connection.heard(); // a large message may take longer to arrive than the idle timeout
          if (size > limit && !tooBig) {
            // Answer now; the rest of the message is drained unread (the close timeout bounds it).
            tooBig = true;
            data = null;
            connection.onTooBig();
          }
          if (keep && !tooBig) {
            append(buffer.flip(), n);
          }
        }
      } catch (IOException e) {
        // Such as invalid UTF-8 in a message that came in several reads: Undertow has sent 1007.
        done = true;
        message.suspendReads();
        IoUtils.safeClose(message);
        onError(message.getWebSocketChannel(), e);
      } finally {
        pooled.close();
      }
    }
  }
}
