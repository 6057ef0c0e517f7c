package io.channels4j.benchmarks.jmh;

import com.jsoniter.JsonIterator;
import com.jsoniter.extra.NamingStrategySupport;
import com.jsoniter.extra.PreciseFloatSupport;
import com.jsoniter.output.EncodingMode;
import com.jsoniter.output.JsonStream;
import com.jsoniter.spi.Config;
import com.jsoniter.spi.DecodingMode;
import com.jsoniter.spi.JsoniterSpi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Baseline (d): jsoniter in its fastest run-time mode, codecs generated with javassist on first use
 * (decoding matches member names by hash): its iterator finds the action and request id, the same
 * iterator reads the frame again as the payload type, a {@code switch} calls the handler, and the
 * reply is written through one reused {@link JsonStream}. Static code generation needs a separate
 * build step and was not tried. The generated codecs are defined through {@code ClassLoader}, which
 * on Java 17 needs {@code --add-opens java.base/java.lang=ALL-UNNAMED} (the benchmark's forks have
 * it).
 */
final class JsoniterStack implements SwitchRoutes.Payloads {
  static {
    JsoniterSpi.setDefaultConfig(
        new Config.Builder()
            .decodingMode(DecodingMode.DYNAMIC_MODE_AND_MATCH_FIELD_WITH_HASH)
            .encodingMode(EncodingMode.DYNAMIC_MODE)
            .escapeUnicode(false) // UTF-8 as it is, as the other stacks write it
            .build());
    JsoniterSpi.registerExtension(new JsoniterRecords());
    // request_id on the wire, requestId in Java, as the Jackson stack does it.
    NamingStrategySupport.enable(NamingStrategySupport.SNAKE_CASE);
    // Double.toString, not jsoniter's default of six decimals.
    PreciseFloatSupport.enable();
    // Maps keep their order, as the other stacks' LinkedHashMap does.
    JsoniterSpi.registerTypeImplementation(Map.class, LinkedHashMap.class);
    JsoniterSpi.registerTypeEncoder(String.class, JsoniterStack::writeString);
  }

  private final JsonIterator iterator = JsonIterator.parse(new byte[0]);
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final JsonStream stream = new JsonStream(out, 4096);
  private final SwitchRoutes routes = new SwitchRoutes();
  private final RecordingCall.Encoder encoder = this::encode;
  private byte[] frame;

  byte[] handle(byte[] frame) throws IOException {
    this.frame = frame;
    iterator.reset(frame);
    String action = null;
    long requestId = 1;
    boolean seenRequestId = false;
    for (String name = iterator.readObject();
        name != null && (action == null || !seenRequestId);
        name = iterator.readObject()) {
      switch (name) {
        case "action" -> action = iterator.readString();
        case "request_id" -> {
          requestId = iterator.readLong();
          seenRequestId = true;
        }
        default -> iterator.skip();
      }
    }
    if (action == null) {
      throw new IOException("no action in the frame");
    }
    RecordingCall call = new RecordingCall(action, requestId, encoder);
    routes.dispatch(action, call, this);
    return call.sent();
  }

  @Override
  public <T> T read(Class<T> type) throws IOException {
    iterator.reset(frame);
    return iterator.read(type);
  }

  private byte[] encode(Object message) throws IOException {
    out.reset();
    stream.reset(out);
    stream.writeVal(message);
    stream.flush();
    return out.toByteArray();
  }

  /**
   * jsoniter's own string writer for strings of ASCII below {@code '~'}; the others written here.
   * With {@code escapeUnicode(false)}, jsoniter 0.9.23 writes {@code '~'} and DEL as two U+FFFD
   * each and throws on any character outside the BMP (an emoji); with {@code escapeUnicode(true)}
   * it writes every non-ASCII character as a backslash-u escape, which the other stacks do not.
   */
  private static void writeString(Object value, JsonStream stream) throws IOException {
    String string = (String) value;
    if (string.chars().allMatch(c -> c < '~')) {
      stream.writeVal(string);
      return;
    }
    StringBuilder escaped = new StringBuilder(string.length() + 16).append('"');
    for (int i = 0; i < string.length(); i++) {
      char c = string.charAt(i);
      switch (c) {
        case '"' -> escaped.append("\\\"");
        case '\\' -> escaped.append("\\\\");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\t' -> escaped.append("\\t");
        case '\b' -> escaped.append("\\b");
        case '\f' -> escaped.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') { // as Moshi escapes them
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    byte[] utf8 = escaped.append('"').toString().getBytes(StandardCharsets.UTF_8);
    stream.write(utf8, 0, utf8.length);
  }
}
