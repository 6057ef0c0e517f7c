package io.channels4j.benchmarks.channel;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.squareup.moshi.Json;

/**
 * What the bench servers send: {@code {"action","user","message","request_id","status":"ok"}}.
 *
 * @param action the action answered
 * @param user the sender's name
 * @param message the text
 * @param requestId the frame's request id
 * @param status always {@code ok}
 */
@CompiledJson
public record ChatReply(
    String action,
    String user,
    String message,
    @Json(name = "request_id") @JsonAttribute(name = "request_id") long requestId,
    String status) {

  /** The reply to {@code frame}, received as action {@code action} with {@code requestId}. */
  public static ChatReply to(String action, long requestId, ChatFrame frame) {
    return new ChatReply(action, frame.user(), frame.message(), requestId, "ok");
  }
}
