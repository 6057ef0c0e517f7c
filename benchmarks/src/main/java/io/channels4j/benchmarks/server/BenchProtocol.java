package io.channels4j.benchmarks.server;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.websockets.WebSocketConnectionCallback;
import io.undertow.websockets.core.WebSocketChannel;
import java.io.IOException;
import java.util.Set;
import okio.Buffer;
import okio.BufferedSource;
import org.xnio.ChannelListener;

/**
 * The bench protocol as the hand-written baselines speak it on {@code /group}: a frame's {@code
 * action}, {@code user}, {@code message} and {@code request_id} read with Moshi, and the answer
 * {@code {"action","user","message","request_id","status":"ok"}} written with it.
 */
record BenchProtocol(String action, String user, String message, long requestId) {
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("action", "user", "message", "request_id");

  /**
   * Starts Undertow on {@code 127.0.0.1:port}: each socket of {@code /group} is one of {@code
   * members} while it is open, and {@code receiver} reads its frames.
   */
  static Undertow listen(
      int port, Set<WebSocketChannel> members, ChannelListener<WebSocketChannel> receiver) {
    WebSocketConnectionCallback connected =
        (exchange, channel) -> {
          members.add(channel);
          channel.addCloseTask(members::remove);
          channel.getReceiveSetter().set(receiver);
          channel.resumeReceives();
        };
    Undertow undertow =
        Undertow.builder()
            .addHttpListener(port, "127.0.0.1")
            .setHandler(Handlers.path().addPrefixPath("/group", Handlers.websocket(connected)))
            .build();
    undertow.start();
    return undertow;
  }

  /** The frame {@code json} holds. */
  static BenchProtocol read(BufferedSource json) throws IOException {
    String action = null;
    String user = null;
    String text = null;
    long requestId = 1;
    JsonReader reader = JsonReader.of(json);
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
    return new BenchProtocol(action, user, text, requestId);
  }

  /** The answer to this frame, as UTF-8 JSON in a buffer. */
  Buffer answer() throws IOException {
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
    return buffer;
  }
}
