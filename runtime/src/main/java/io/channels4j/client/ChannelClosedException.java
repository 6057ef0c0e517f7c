package io.channels4j.client;

/**
 * The socket closed, or was not open: what the pending requests of a client fail with when its
 * connection ends, and what a request sent while it is down fails with at once. Its cause is the
 * error frame that came just before the close, if one did (a connect check that refused the client,
 * a {@code ChannelException} that closes).
 */
public final class ChannelClosedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String reason;

  ChannelClosedException(int code, String reason, ChannelError cause) {
    super("The channel's socket closed (" + code + (reason.isEmpty() ? "" : " " + reason) + ")");
    this.code = code;
    this.reason = reason;
    if (cause != null) {
      initCause(cause);
    }
  }

  /** The close code: the server's, 1006 when the connection dropped without one. */
  public int code() {
    return code;
  }

  /** The close frame's reason, empty when it gave none. */
  public String reason() {
    return reason;
  }
}
