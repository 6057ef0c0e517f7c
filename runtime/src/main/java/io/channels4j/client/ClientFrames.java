package io.channels4j.client;

import io.channels4j.runtime.internal.JsonOutput;
import io.channels4j.runtime.internal.JsonTextOutput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the frames a client sends: {@code {"action":"bid","request_id":7,...}}, the payload's
 * members after the two, as the payload's codec writes them. The payload's object is written whole
 * by its codec, then spliced in after the head, so one codec serves the client and the server.
 */
final class ClientFrames {
  private ClientFrames() {}

  /** The frame of {@code action} with {@code payload} written by {@code encoder}, if any. */
  static <P> String frame(String action, long requestId, Encoder<P> encoder, P payload) {
    JsonOutput out = new JsonTextOutput();
    out.beginObject();
    out.name("action");
    out.value(action);
    out.name("request_id");
    out.value(requestId);
    out.endObject();
    byte[] head = out.toByteArray();
    if (encoder == null) {
      return new String(head, StandardCharsets.UTF_8);
    }
    encoder.write(out.reset(), payload);
    byte[] members = out.toByteArray();
    if (members.length < 2 || members[0] != '{' || members[members.length - 1] != '}') {
      throw new IllegalArgumentException(
          "A payload must encode to a JSON object, got " + ChannelError.shortened(members));
    }
    if (members.length == 2) {
      return new String(head, StandardCharsets.UTF_8); // {}: nothing to add
    }
    byte[] frame = Arrays.copyOf(head, head.length + members.length - 1);
    frame[head.length - 1] = ','; // in place of the head's '}'
    System.arraycopy(members, 1, frame, head.length, members.length - 1);
    return new String(frame, StandardCharsets.UTF_8);
  }
}
