package io.channels4j.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import javax.net.SocketFactory;

/**
 * The WebSocket client of the tests, over a raw socket: it can send binary, oversized and empty
 * frames, stop reading, reset, and see handshake refusals and close codes exactly; it also reads
 * JSON replies and proves with a {@link #fence()} that nothing else was sent.
 */
public final class WsClient implements AutoCloseable {
  /** How long a read waits before the test fails. */
  public static final Duration WAIT = Duration.ofSeconds(20);

  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);
  private static final String FENCE_ERROR = "Action Not Exist";

  /** Thrown when the server answers the upgrade with something other than 101. */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    public final int status;

    Refused(int status) {
      super("HTTP " + status);
      this.status = status;
    }
  }

  /** What {@link #next()} read. */
  public record Frame(int opcode, byte[] payload) {
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    public boolean isClose() {
      return opcode == 8;
    }

    public int closeCode() {
      return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
    }
  }

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;
  private int closeCode = -1;
  private int fences;
  private final Map<String, String> handshakeHeaders = new HashMap<>();

  private WsClient(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
    this.out = socket.getOutputStream();
  }

  public static WsClient connect(int port, String path) throws IOException {
    return connect(port, path, Map.of(), 0);
  }

  public static WsClient connect(int port, String path, Map<String, String> headers)
      throws IOException {
    return connect(port, path, headers, 0);
  }

  /**
   * Connects and upgrades.
   *
   * @param receiveBuffer the socket's receive buffer size, or 0 for the default
   */
  public static WsClient connect(
      int port, String path, Map<String, String> headers, int receiveBuffer) throws IOException {
    return connect(SocketFactory.getDefault(), port, path, headers, receiveBuffer);
  }

  /** Connects through a socket of {@code sockets}, an {@code SSLSocketFactory} for wss://. */
  public static WsClient connect(SocketFactory sockets, int port, String path) throws IOException {
    return connect(sockets, port, path, Map.of(), 0);
  }

  private static WsClient connect(
      SocketFactory sockets, int port, String path, Map<String, String> headers, int receiveBuffer)
      throws IOException {
    Socket socket = sockets.createSocket();
    if (receiveBuffer > 0) {
      socket.setReceiveBufferSize(receiveBuffer);
    }
    socket.connect(new java.net.InetSocketAddress("localhost", port), 10_000);
    socket.setSoTimeout((int) WAIT.toMillis());
    WsClient client = new WsClient(socket);
    byte[] nonce = new byte[16];
    ThreadLocalRandom.current().nextBytes(nonce);
    String key = Base64.getEncoder().encodeToString(nonce);
    String request = upgradeRequest(port, path, key, "13", headers);
    client.out.write(request.getBytes(StandardCharsets.ISO_8859_1));
    client.out.flush();
    String status = client.readLine();
    int code = Integer.parseInt(status.split(" ")[1]);
    for (String line = client.readLine(); !line.isEmpty(); line = client.readLine()) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        client.handshakeHeaders.put(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    if (code != 101) {
      socket.close();
      throw new Refused(code);
    }
    return client;
  }

  /**
   * The text of an upgrade request for {@code path}, with {@code key} as its Sec-WebSocket-Key and
   * {@code version} as its Sec-WebSocket-Version (either omitted when {@code null}).
   */
  public static String upgradeRequest(
      int port, String path, String key, String version, Map<String, String> headers) {
    StringBuilder request = new StringBuilder();
    request.append("GET ").append(path).append(" HTTP/1.1\r\n");
    request.append("Host: localhost:").append(port).append("\r\n");
    request.append("Upgrade: websocket\r\nConnection: Upgrade\r\n");
    if (key != null) {
      request.append("Sec-WebSocket-Key: ").append(key).append("\r\n");
    }
    if (version != null) {
      request.append("Sec-WebSocket-Version: ").append(version).append("\r\n");
    }
    headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
    return request.append("\r\n").toString();
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new EOFException("in handshake");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  /** A header of the server's 101 answer, by its name in any case; null if it had none. */
  public String handshakeHeader(String name) {
    return handshakeHeaders.get(name.toLowerCase(Locale.ROOT));
  }

  public void sendText(String text) throws IOException {
    sendFrame(1, text.getBytes(StandardCharsets.UTF_8));
  }

  public void sendBinary(byte[] data) throws IOException {
    sendFrame(2, data);
  }

  public synchronized void sendFrame(int opcode, byte[] payload) throws IOException {
    out.write(frame(opcode, payload));
    out.flush();
  }

  /** Sends each text as its own frame, all in one write, so the server reads them as one burst. */
  public synchronized void sendTextsInOneWrite(List<String> texts) throws IOException {
    ByteArrayOutputStream burst = new ByteArrayOutputStream();
    for (String text : texts) {
      burst.write(frame(1, text.getBytes(StandardCharsets.UTF_8)));
    }
    out.write(burst.toByteArray());
    out.flush();
  }

  private static byte[] frame(int opcode, byte[] payload) {
    return RawFrames.of(opcode, payload).build();
  }

  /** Writes {@code bytes} as they are: a {@link RawFrames} frame, part of one, or garbage. */
  public synchronized void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** The next frame of any kind; answers pings and close frames. */
  public Frame next() throws IOException {
    Frame frame = nextUnanswered();
    if (frame.opcode() == 9) {
      sendFrame(10, frame.payload());
    } else if (frame.isClose() && closeCode < 0) {
      closeCode = frame.closeCode();
      try {
        sendFrame(8, frame.payload().length >= 2 ? Arrays.copyOf(frame.payload(), 2) : new byte[0]);
      } catch (IOException ignored) {
        // the server may already be gone
      }
    }
    return frame;
  }

  /**
   * The next text, binary or close frame, as {@link #next()} reads it: the server's pings (every
   * ping interval, to whatever is open then) are answered and skipped, and so are pongs.
   */
  public Frame nextMessage() throws IOException {
    while (true) {
      Frame frame = next();
      if (frame.opcode() != 9 && frame.opcode() != 10) {
        return frame;
      }
    }
  }

  /**
   * The next frame of any kind, answering nothing: a close frame read this way is left unanswered,
   * as by a client slow to close, until {@link #next()} or {@link #awaitClose()} reads another.
   */
  public Frame nextUnanswered() throws IOException {
    int b0 = in.readUnsignedByte();
    int b1 = in.readUnsignedByte();
    long length = b1 & 0x7f;
    if (length == 126) {
      length = in.readUnsignedShort();
    } else if (length == 127) {
      length = in.readLong();
    }
    byte[] payload = new byte[(int) length];
    in.readFully(payload);
    return new Frame(b0 & 0x0f, payload);
  }

  /** The next text frame; fails on a close frame. */
  public String receive() throws IOException {
    while (true) {
      Frame frame = next();
      if (frame.opcode() == 1) {
        return frame.text();
      }
      if (frame.isClose()) {
        throw new IOException("closed with " + frame.closeCode() + " while awaiting text");
      }
    }
  }

  /**
   * The next text frame if one starts within {@code wait}, else null; meant for retrying until
   * something eventually crosses, never to prove that nothing comes (that is {@link #fence()}).
   */
  public String receive(Duration wait) throws IOException {
    socket.setSoTimeout((int) wait.toMillis());
    try {
      in.mark(1);
      in.readUnsignedByte();
      in.reset();
    } catch (SocketTimeoutException e) {
      return null;
    } finally {
      socket.setSoTimeout((int) WAIT.toMillis());
    }
    return receive();
  }

  /** The next text frame, parsed as a JSON object. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> receiveJson() throws IOException {
    String text = receive();
    try {
      return (Map<String, Object>) JSON.fromJson(text);
    } catch (IOException | ClassCastException e) {
      throw new AssertionError("not a JSON object: " + text, e);
    }
  }

  /** Skips JSON frames until one matches; returns it. */
  public Map<String, Object> receiveJsonUntil(Predicate<Map<String, Object>> matching)
      throws IOException {
    Map<String, Object> frame = receiveJson();
    while (!matching.test(frame)) {
      frame = receiveJson();
    }
    return frame;
  }

  /**
   * Sends an unknown action and asserts that its error is the next frame. The server answers a
   * connection's frames in order on its own queue, after anything it had queued for it before, so
   * the answer proves that the connection's join ran and that nothing else was sent first.
   */
  public WsClient fence() throws IOException {
    int id = 1_000_000 + ++fences;
    sendText("{\"action\":\"fence\",\"request_id\":" + id + "}");
    Map<String, Object> answer = receiveJson();
    assertWithMessage("the frame that came instead of the fence's answer")
        .that(answer)
        .containsAtLeast("request_id", (double) id, "errors", FENCE_ERROR);
    return this;
  }

  /** Reads until the server's close frame, skipping text; returns its code. */
  public int awaitClose() throws IOException {
    while (closeCode < 0) {
      next();
    }
    return closeCode;
  }

  /** Whether the server closed the TCP connection (after any close frame). */
  public boolean awaitEof() throws IOException {
    try {
      while (true) {
        next();
      }
    } catch (EOFException | java.net.SocketException e) {
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    }
  }

  public InputStream rawInput() {
    return in;
  }

  /**
   * Drops the connection with a TCP reset (SO_LINGER 0), as a crashed client or a cut cable would;
   * a thread blocked reading this client gets an exception.
   */
  public void reset() throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  /** Drops the connection without a close frame (a FIN); never fails, so cleanup can't. */
  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException alreadyGone) {
      // nothing left to release
    }
  }
}
