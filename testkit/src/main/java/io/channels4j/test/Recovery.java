package io.channels4j.test;

/**
 * The server's answer to a {@code ?since=} reconnect of a {@code @History} channel, after it
 * replayed {@code replayed} messages; {@code recovered} is false when older messages than those
 * kept may have been missed.
 */
public record Recovery(boolean recovered, int replayed) {
  @Override
  public String toString() {
    return "the recovery (recovered " + recovered + ", replayed " + replayed + ")";
  }
}
