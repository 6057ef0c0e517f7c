package io.channels4j.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The id of a message in a room's history: {@code <milliseconds>-<sequence>}, the shape of a Redis
 * Stream id. Ids grow with every message of a room, in the order members receive them.
 *
 * @param millis the time the message was stored, in milliseconds since the epoch (never less than
 *     the previous message's, even if a clock goes back)
 * @param sequence the message's number within that millisecond
 */
public record HistoryId(long millis, long sequence) implements Comparable<HistoryId> {
  private static final byte[] FRAME_PREFIX = "{\"id\":\"".getBytes(StandardCharsets.US_ASCII);

  /** Checks the values. */
  public HistoryId {
    if (millis < 0 || sequence < 0) {
      throw new IllegalArgumentException("Negative history id " + millis + "-" + sequence);
    }
  }

  /**
   * Parses {@code 1700000000000-3}.
   *
   * @throws IllegalArgumentException if {@code text} is not an id
   */
  public static HistoryId parse(String text) {
    int dash = text.indexOf('-');
    try {
      if (dash > 0) {
        return new HistoryId(
            Long.parseLong(text, 0, dash, 10), Long.parseLong(text, dash + 1, text.length(), 10));
      }
    } catch (NumberFormatException e) {
      // fall through to the one message
    }
    throw new IllegalArgumentException("'" + text + "' is not a history id");
  }

  /** The id of the message stored after this one at {@code nowMillis}. */
  public HistoryId next(long nowMillis) {
    return nowMillis > millis ? new HistoryId(nowMillis, 0) : new HistoryId(millis, sequence + 1);
  }

  /**
   * The id a history frame starts with ({@code {"id":"...",}}, as {@link HistoryEntry#stamped}
   * writes it), or {@code null} for a frame that carries none, such as a raw text broadcast whose
   * {@code "id"} is not one.
   */
  public static HistoryId ofFrame(ByteBuffer frame) {
    int start = frame.position();
    if (frame.remaining() <= FRAME_PREFIX.length
        || !frame.slice(start, FRAME_PREFIX.length).equals(ByteBuffer.wrap(FRAME_PREFIX))) {
      return null;
    }
    int from = start + FRAME_PREFIX.length;
    for (int i = from; i < frame.limit(); i++) {
      if (frame.get(i) == '"') {
        byte[] text = new byte[i - from];
        frame.get(from, text);
        try {
          return parse(new String(text, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException notAnId) {
          return null;
        }
      }
    }
    return null;
  }

  @Override
  public int compareTo(HistoryId other) {
    int byTime = Long.compare(millis, other.millis);
    return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
  }

  @Override
  public String toString() {
    return millis + "-" + sequence;
  }
}
