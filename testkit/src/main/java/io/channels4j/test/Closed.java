package io.channels4j.test;

/**
 * How a client's connection ended: the server's close code and reason, or {@code 1006} when it
 * dropped without a close frame.
 */
public record Closed(int code, String reason) {
  @Override
  public String toString() {
    return "the close " + code + (reason.isEmpty() ? "" : " \"" + reason + "\"");
  }
}
