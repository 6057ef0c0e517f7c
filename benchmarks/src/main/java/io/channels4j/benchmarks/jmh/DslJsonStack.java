package io.channels4j.benchmarks.jmh;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.NumberConverter;
import com.dslplatform.json.runtime.Settings;
import java.io.IOException;

/**
 * Baseline (c): DSL-JSON with the converters its annotation processor generates for the bench
 * records ({@code @CompiledJson}): its reader finds the action and request id, the same reader
 * reads the frame again as the payload type, a {@code switch} calls the handler, and the reply is
 * written into one reused {@link JsonWriter}.
 */
final class DslJsonStack implements SwitchRoutes.Payloads {
  private final DslJson<Object> json =
      new DslJson<>(
          // The runtime part only composes collections of collections (Article.grid); the
          // records' converters are the generated ones, found through the service loader.
          Settings.basicSetup()
              // Parsed as Double.parseDouble does: DSL-JSON's default is off by one ulp at times.
              .doublePrecision(JsonReader.DoublePrecision.EXACT));
  private final JsonReader<Object> reader = json.newReader();
  private final JsonWriter writer = json.newWriter();
  private final SwitchRoutes routes = new SwitchRoutes();
  private final RecordingCall.Encoder encoder = this::encode;
  private byte[] frame;

  byte[] handle(byte[] frame) throws IOException {
    this.frame = frame;
    reader.process(frame, frame.length);
    if (reader.getNextToken() != '{') {
      throw reader.newParseError("Expecting '{' for a frame");
    }
    String action = null;
    long requestId = 1;
    boolean seenRequestId = false;
    byte next = reader.getNextToken();
    while (next == '"' && (action == null || !seenRequestId)) {
      switch (reader.readKey()) {
        case "action" -> {
          action = reader.readString();
          next = reader.getNextToken();
        }
        case "request_id" -> {
          requestId = NumberConverter.deserializeLong(reader);
          seenRequestId = true;
          next = reader.getNextToken();
        }
        default -> next = reader.skip();
      }
      if (next == ',') {
        next = reader.getNextToken();
      }
    }
    if (action == null) {
      throw reader.newParseError("no action in the frame");
    }
    RecordingCall call = new RecordingCall(action, requestId, encoder);
    routes.dispatch(action, call, this);
    return call.sent();
  }

  @Override
  public <T> T read(Class<T> type) throws IOException {
    reader.process(frame, frame.length);
    return reader.next(type);
  }

  private byte[] encode(Object message) throws IOException {
    writer.reset();
    json.serialize(writer, message);
    return writer.toByteArray();
  }
}
