package io.channels4j.benchmarks.jmh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;

/**
 * Baseline (b): Jackson databind as a reflection-driven stack uses it: the frame read to a tree for
 * its {@code action}, the tree bound to the payload type, {@code Method.invoke}, the reply written
 * with {@code writeValueAsBytes}.
 */
final class JacksonReflectiveStack {
  private final ReflectiveRoutes routes = new ReflectiveRoutes();
  private final ObjectMapper mapper =
      new ObjectMapper(
              JsonFactory.builder()
                  // An emoji as its four UTF-8 bytes, as the other stacks write it, not as two
                  // escaped surrogates.
                  .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                  .build())
          // request_id on the wire, requestId in Java, as the Moshi side's @Json(name) says.
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final RecordingCall.Encoder encoder = mapper::writeValueAsBytes;

  byte[] handle(byte[] frame) throws IOException {
    JsonNode tree = mapper.readTree(frame);
    String action = tree.path("action").asText();
    RecordingCall call = new RecordingCall(action, tree.path("request_id").asLong(1), encoder);
    Object payload = mapper.treeToValue(tree, routes.payloadType(action));
    routes.invoke(action, call, payload);
    return call.sent();
  }
}
