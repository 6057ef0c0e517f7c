package io.channels4j.benchmarks.server;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.undertow.Handlers;
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
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("action", "user", "message", "request_id");

  private final Set<WebSocketChannel> members = ConcurrentHashMap.newKeySet();

  private RawServer() {}

  /** Starts the server on {@code 127.0.0.1:port}. */
  public static Undertow start(int port) {
    RawServer server = new RawServer();
    Undertow undertow =
        Undertow.builder()
            .addHttpListener(port, "127.0.0.1")
            .setHandler(
                Handlers.path()
                    .addPrefixPath(
                        "/group",
                        Handlers.websocket(
                            (exchange, channel) -> {
                              server.members.add(channel);
                              channel.addCloseTask(server.members::remove);
                              channel.getReceiveSetter().set(server.new Listener());
                              channel.resumeReceives();
                            })))
            .build();
    undertow.start();
    return undertow;
  }

  private final class Listener extends AbstractReceiveListener {
    @Override
    protected void onFullTextMessage(WebSocketChannel channel, BufferedTextMessage message)
        throws IOException {
      String action = null;
      String user = null;
      String text = null;
      long requestId = 1;
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(message.getData()));
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0 -> action = reader.nextString();
          case 1 -> user = reader.nextString();
          case 2 -> text = reader.nextString();
          case 3 -> requestId = reader.nextLong();
          default -> {
            reader.skipName();
            reader.skipValue();
          }
        }
      }
      reader.endObject();
      if ("echo".equals(action)) {
        WebSockets.sendText(encode(action, user, text, requestId), channel, null);
      } else if ("message".equals(action)) {
        String frame = encode(action, user, text, requestId);
        for (WebSocketChannel member : members) {
          WebSockets.sendText(frame, member, null);
        }
      }
    }
  }

  private static String encode(String action, String user, String message, long requestId)
      throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      writer.name("action").value(action);
      writer.name("user").value(user);
      writer.name("message").value(message);
      writer.name("request_id").value(requestId);
      writer.name("status").value("ok");
      writer.endObject();
    }
    return buffer.readUtf8();
  }
}
