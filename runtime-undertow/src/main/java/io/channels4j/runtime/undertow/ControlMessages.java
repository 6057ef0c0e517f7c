package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages nodes send each other on the broker's control channel: for now, close a user's
 * connections wherever they are, {@code {"disconnect":"ann","code":4001,"reason":"banned"}}.
 */
final class ControlMessages {
  private static final Logger log = LoggerFactory.getLogger(ChannelServer.class);
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("disconnect", "code", "reason");

  private ControlMessages() {}

  static byte[] disconnect(String user, int code, String reason) {
    Buffer buffer = new Buffer();
    try (JsonWriter out = JsonWriter.of(buffer)) {
      out.beginObject();
      out.name("disconnect").value(user);
      out.name("code").value(code);
      out.name("reason").value(reason);
      out.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  /** Does what {@code message} asks of this node; a message it cannot read is logged. */
  static void apply(byte[] message, ServerContext context) {
    String user = null;
    int code = 1008;
    String reason = "";
    try (JsonReader in = JsonReader.of(new Buffer().write(message))) {
      in.beginObject();
      while (in.hasNext()) {
        switch (in.selectName(NAMES)) {
          case 0 -> user = in.nextString();
          case 1 -> code = in.nextInt();
          case 2 -> reason = in.nextString();
          default -> {
            in.skipName();
            in.skipValue();
          }
        }
      }
      in.endObject();
    } catch (IOException | RuntimeException e) {
      log.warn("Ignoring a control message that cannot be read", e);
      return;
    }
    if (user != null) {
      context.disconnectUser(user, code, reason);
    }
  }
}
