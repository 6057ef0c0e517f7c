package io.channels4j.client;

import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonTextInput;
import java.nio.charset.StandardCharsets;

/**
 * A text frame from the server, its envelope members read in one pass: a response or error ({@code
 * "type":"response"} with a {@code status} and a {@code request_id}), or anything else, a pushed
 * message, whose history {@code id} is read if it has one. {@code data} is kept as its bytes for
 * the decoder of whoever awaits it.
 */
record ServerFrame(
    byte[] json,
    String type,
    String status,
    String action,
    long requestId,
    boolean hasRequestId,
    String id,
    String errors,
    String reason,
    byte[] data) {

  private static final JsonNames MEMBERS =
      JsonNames.of("type", "status", "action", "request_id", "id", "errors", "reason", "data");

  /** The members of one violation of a validation error's {@code data}. */
  static final JsonNames VIOLATION = JsonNames.of("path", "message");

  /** Reads the envelope of {@code json}; a frame that is no JSON object is a message. */
  static ServerFrame read(byte[] json) {
    JsonInput in = new JsonTextInput(Integer.MAX_VALUE).reset(json);
    String type = null;
    String status = null;
    String action = null;
    long requestId = 1;
    boolean hasRequestId = false;
    String id = null;
    String errors = null;
    String reason = null;
    byte[] data = null;
    try {
      in.beginObject();
      while (in.hasNext()) {
        int member = in.selectName(MEMBERS);
        if (member != 3 && member != 7 && in.nextNull()) {
          continue; // "action":null and the like: as if absent
        }
        switch (member) {
          case 0 -> type = in.nextString();
          case 1 -> status = in.nextString();
          case 2 -> action = in.nextString();
          case 3 -> {
            requestId = in.nextLong();
            hasRequestId = true;
          }
          case 4 -> id = in.nextString();
          case 5 -> errors = in.nextString();
          case 6 -> reason = in.nextString();
          case 7 -> data = in.nextNull() ? null : in.nextRawValue();
          default -> in.skipValue();
        }
      }
      in.endObject();
      in.endFrame();
    } catch (JsonInput.Miss notAnEnvelope) {
      // A message of the user's that is no object, or has a member of these names of another
      // type: the client hands it on as it came.
      return new ServerFrame(json, null, null, null, 1, false, null, null, null, null);
    }
    return new ServerFrame(
        json, type, status, action, requestId, hasRequestId, id, errors, reason, data);
  }

  /** Whether the server answers a request with this frame, rather than pushing a message. */
  boolean isResponse() {
    return "response".equals(type) && status != null && hasRequestId;
  }

  /** Whether this is an error frame. */
  boolean isError() {
    return isResponse() && !"ok".equals(status);
  }

  @Override
  public String toString() {
    return new String(json, StandardCharsets.UTF_8);
  }
}
