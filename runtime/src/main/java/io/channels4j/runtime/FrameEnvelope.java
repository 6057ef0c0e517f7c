package io.channels4j.runtime;

/**
 * The shape of a channel's frames, as its {@code @Envelope} declares it.
 *
 * @param action the client frame's member that names the action
 * @param requestId the client frame's member that carries the request id
 * @param payload the member whose value is the payload; empty when the payload is the frame object
 *     itself
 * @param response the type that wraps the channel's response and error frames, such as {@code
 *     com.example.Reply}; empty for the default frames
 */
public record FrameEnvelope(String action, String requestId, String payload, String response) {
  /** The frames of a channel without {@code @Envelope}. */
  public static final FrameEnvelope DEFAULT = new FrameEnvelope("action", "request_id", "", "");

  /** Whether the payload is one member of the frame rather than the frame itself. */
  public boolean payloadInMember() {
    return !payload.isEmpty();
  }
}
