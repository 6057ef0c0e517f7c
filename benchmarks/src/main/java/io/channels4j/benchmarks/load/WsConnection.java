package io.channels4j.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * One client WebSocket on a non-blocking socket, driven by a {@link SelectorLoop}.
 *
 * <p>Deliberately minimal so the load tool costs less per frame than the servers it measures: no
 * per-frame objects, a zero masking key (allowed by RFC 6455 and leaves the payload as is), text
 * frames handed to the handler as a slice of the read buffer.
 */
final class WsConnection {
  /** Receives the events of one connection, on the loop thread. */
  interface Handler {
    void onOpen(WsConnection connection);

    /** A text frame's payload: {@code buffer[start, end)}, valid only during the call. */
    void onText(WsConnection connection, byte[] buffer, int start, int end);

    void onClose(WsConnection connection, int code);
  }

  private static final int OPCODE_TEXT = 1;
  private static final int OPCODE_CLOSE = 8;
  private static final int OPCODE_PING = 9;
  private static final int OPCODE_PONG = 10;

  private final SocketChannel channel;
  private final Handler handler;
  private final byte[] handshake;
  private SelectionKey key;
  private ByteBuffer in = ByteBuffer.allocate(64 * 1024);
  private ByteBuffer out = ByteBuffer.allocate(64 * 1024);
  private boolean open;
  private boolean closed;

  /** Free for the scenario's own per-connection state. */
  Object attachment;

  WsConnection(InetSocketAddress address, String path, Handler handler) throws IOException {
    this.handler = handler;
    this.channel = SocketChannel.open();
    channel.configureBlocking(false);
    channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
    channel.connect(address);
    this.handshake =
        ("GET "
                + path
                + " HTTP/1.1\r\nHost: "
                + address.getHostString()
                + ":"
                + address.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
  }

  void register(Selector selector) throws IOException {
    key = channel.register(selector, SelectionKey.OP_CONNECT, this);
  }

  boolean isOpen() {
    return open && !closed;
  }

  /** Queues a masked text frame and tries to write it at once. */
  void sendText(byte[] payload) {
    if (closed) {
      return;
    }
    int length = payload.length;
    ensureOutCapacity(length + 14);
    out.put((byte) (0x80 | OPCODE_TEXT));
    if (length < 126) {
      out.put((byte) (0x80 | length));
    } else if (length < 65536) {
      out.put((byte) (0x80 | 126)).putShort((short) length);
    } else {
      out.put((byte) (0x80 | 127)).putLong(length);
    }
    out.putInt(0); // masking key 0: the payload goes out unchanged
    out.put(payload);
    flush();
  }

  void close() {
    if (!closed) {
      closed = true;
      try {
        channel.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  void onSelected() {
    try {
      if (key.isConnectable()) {
        channel.finishConnect();
        out.put(handshake);
        key.interestOps(SelectionKey.OP_READ);
        flush();
      }
      if (key.isValid() && key.isWritable()) {
        flush();
      }
      if (key.isValid() && key.isReadable()) {
        read();
      }
    } catch (IOException e) {
      fail();
    }
  }

  private void read() throws IOException {
    int n = channel.read(in);
    if (n < 0) {
      fail();
      return;
    }
    in.flip();
    if (!open && !readHandshake()) {
      in.compact();
      return;
    }
    readFrames();
    in.compact();
  }

  private boolean readHandshake() {
    byte[] bytes = in.array();
    for (int i = in.position(); i + 3 < in.limit(); i++) {
      if (bytes[i] == '\r'
          && bytes[i + 1] == '\n'
          && bytes[i + 2] == '\r'
          && bytes[i + 3] == '\n') {
        String status = new String(bytes, in.position(), 12, StandardCharsets.US_ASCII);
        in.position(i + 4);
        if (!status.startsWith("HTTP/1.1 101")) {
          fail();
          return false;
        }
        open = true;
        handler.onOpen(this);
        return true;
      }
    }
    return false;
  }

  private void readFrames() {
    byte[] bytes = in.array();
    while (!closed && in.remaining() >= 2) {
      int start = in.position();
      int opcode = bytes[start] & 0x0f;
      int length = bytes[start + 1] & 0x7f;
      int header = 2;
      if (length == 126) {
        if (in.remaining() < 4) {
          return;
        }
        length = ((bytes[start + 2] & 0xff) << 8) | (bytes[start + 3] & 0xff);
        header = 4;
      } else if (length == 127) {
        if (in.remaining() < 10) {
          return;
        }
        length = (int) in.getLong(start + 2);
        header = 10;
      }
      if (in.remaining() < header + length) {
        if (header + length > in.capacity()) {
          ByteBuffer bigger = ByteBuffer.allocate(header + length);
          bigger.put(in);
          bigger.flip();
          in = bigger;
        }
        return;
      }
      int payload = start + header;
      in.position(payload + length);
      switch (opcode) {
        case OPCODE_TEXT -> handler.onText(this, bytes, payload, payload + length);
        case OPCODE_PING -> sendPong();
        case OPCODE_CLOSE -> {
          int code =
              length >= 2 ? ((bytes[payload] & 0xff) << 8) | (bytes[payload + 1] & 0xff) : 1005;
          close();
          handler.onClose(this, code);
        }
        default -> {} // pongs and continuation frames are not used by the servers under test
      }
      bytes = in.array();
    }
  }

  private void sendPong() {
    ensureOutCapacity(6);
    out.put((byte) (0x80 | OPCODE_PONG)).put((byte) 0x80).putInt(0);
    flush();
  }

  private void ensureOutCapacity(int needed) {
    if (out.remaining() < needed) {
      ByteBuffer bigger =
          ByteBuffer.allocate(Math.max(out.capacity() * 2, out.position() + needed));
      out.flip();
      bigger.put(out);
      out = bigger;
    }
  }

  private void flush() {
    if (key == null || !channel.isConnected()) {
      return;
    }
    try {
      out.flip();
      channel.write(out);
      boolean pending = out.hasRemaining();
      out.compact();
      int ops = pending ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ;
      if (key.isValid() && key.interestOps() != ops) {
        key.interestOps(ops);
      }
    } catch (IOException e) {
      fail();
    }
  }

  private void fail() {
    if (!closed) {
      close();
      handler.onClose(this, 1006);
    }
  }

  @Override
  public String toString() {
    return "WsConnection[" + channel + "]";
  }
}
