package io.channels4j.runtime.undertow;

import java.nio.charset.StandardCharsets;

/** What a server may put in a close frame (RFC 6455 sections 5.5.1 and 7.4). */
final class CloseCodes {
  /** The reason of a close the admin API or a schedule asks for without one. */
  static final String DISCONNECTED = "Disconnected by the server";

  private CloseCodes() {}

  /**
   * Refuses a code a server may not send (1004 is reserved; 1005, 1006 and 1015 only report a close
   * that had no such frame; under 1000 and 1016–2999 are not assigned) and a reason over the 123
   * bytes a close frame has room for.
   *
   * @throws IllegalArgumentException saying which
   */
  static void check(int code, String reason) {
    boolean sendable =
        code >= 1000 && code <= 1003
            || code >= 1007 && code <= 1014
            || code >= 3000 && code <= 4999;
    if (!sendable) {
      throw new IllegalArgumentException("A server cannot close with " + code);
    }
    if (reason.getBytes(StandardCharsets.UTF_8).length > 123) {
      throw new IllegalArgumentException("A close reason has at most 123 bytes");
    }
  }
}
