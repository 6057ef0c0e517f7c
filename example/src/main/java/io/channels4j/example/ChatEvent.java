package io.channels4j.example;

import com.squareup.moshi.Json;
import io.channels4j.runtime.ChannelContext;

/**
 * What the rooms send: a chat message, or a join or leave notice, in the shape the fastapi-channels
 * example uses: {@code {"action": "message", "user": "mike", "message": "hi", "status": "ok",
 * "request_id": 7}}.
 *
 * @param action {@code message}, {@code join} or {@code leave}
 * @param user who sent it or who joined or left
 * @param message the text
 * @param status always {@code ok}
 * @param requestId the {@code request_id} of the frame that caused it; 1 for notices
 */
public record ChatEvent(
    String action,
    String user,
    String message,
    String status,
    @Json(name = "request_id") long requestId) {

  /** The chat message {@code msg}, answering the frame {@code ctx} is handling. */
  static ChatEvent message(ChannelContext ctx, ChatMessage msg) {
    return new ChatEvent("message", msg.user(), msg.message(), "ok", ctx.requestId());
  }

  /**
   * The room's {@code message} action: broadcasts {@code msg}, remembering the name it was sent
   * under for the sender's later notices.
   */
  static void broadcastMessage(ChannelContext ctx, ChatMessage msg) {
    Users.remember(ctx, msg);
    ctx.broadcast(message(ctx, msg));
  }

  /** A notice about the connection {@code ctx}, such as {@code join} or {@code leave}. */
  static ChatEvent notice(ChannelContext ctx, String action, String message) {
    return new ChatEvent(action, Users.name(ctx), message, "ok", 1);
  }
}
