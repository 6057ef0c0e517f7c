package io.channels4j.runtime;

import java.nio.charset.StandardCharsets;

/**
 * One message of a room's history.
 *
 * @param id its id
 * @param frame the frame members received: the message's JSON object with {@code "id"} first
 */
public record HistoryEntry(HistoryId id, byte[] frame) {

  /**
   * The entry of {@code message}, a JSON object encoded once for the whole room, with {@code
   * "id":"<id>"} spliced in as its first field: no decoding, one copy.
   *
   * @throws IllegalArgumentException if {@code message} is not a JSON object
   */
  public static HistoryEntry stamped(HistoryId id, byte[] message) {
    requireObject(message);
    byte[] head = ("{\"id\":\"" + id + "\"").getBytes(StandardCharsets.US_ASCII);
    boolean empty = message.length == 2; // "{}": no comma before the closing brace
    byte[] frame = new byte[head.length + (empty ? 0 : 1) + message.length - 1];
    System.arraycopy(head, 0, frame, 0, head.length);
    int at = head.length;
    if (!empty) {
      frame[at++] = ',';
    }
    System.arraycopy(message, 1, frame, at, message.length - 1);
    return new HistoryEntry(id, frame);
  }

  /**
   * Checks that an encoded message can carry an id.
   *
   * @throws IllegalArgumentException if {@code message} is not a JSON object
   */
  public static void requireObject(byte[] message) {
    if (message.length < 2 || message[0] != '{' || message[message.length - 1] != '}') {
      throw new IllegalArgumentException(
          "A message broadcast to a room with @History must encode to a JSON object, so that it"
              + " can carry its id; got "
              + new String(message, 0, Math.min(message.length, 40), StandardCharsets.UTF_8));
    }
  }

  /** The frame as text, for logs and tests. */
  @Override
  public String toString() {
    return new String(frame, StandardCharsets.UTF_8);
  }
}
