package io.channels4j.benchmarks.server;

import io.undertow.Undertow;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okio.Buffer;

/**
 * The baseline: a hand-written Undertow server for the bench protocol on {@code /group}.
 *
 * <p>What a developer writes without a framework: a hand-written Moshi decode, a {@code switch},
 * the handler on the I/O thread, and {@code WebSockets.sendText} to each member. {@code echo}
 * answers the sender and {@code message} goes to every member, both as {@code
 * {"action","user","message","request_id","status":"ok"}}.
 */
public final class RawServer {
  private final Set<WebSocketChannel> members = ConcurrentHashMap.newKeySet();

  private RawServer() {}

  /** Starts the server on {@code 127.0.0.1:port}. */
  public static Undertow start(int port) {
    RawServer server = new RawServer();
    return BenchProtocol.listen(port, server.members, server.new Listener());
  }

  private final class Listener extends AbstractReceiveListener {
    @Override
    protected void onFullTextMessage(WebSocketChannel channel, BufferedTextMessage message)
        throws IOException {
      BenchProtocol frame = BenchProtocol.read(new Buffer().writeUtf8(message.getData()));
      if ("echo".equals(frame.action())) {
        WebSockets.sendText(frame.answer().readUtf8(), channel, null);
      } else if ("message".equals(frame.action())) {
        String answer = frame.answer().readUtf8();
        for (WebSocketChannel member : members) {
          WebSockets.sendText(answer, member, null);
        }
      }
    }
  }
}
