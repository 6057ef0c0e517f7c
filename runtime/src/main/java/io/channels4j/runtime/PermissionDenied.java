package io.channels4j.runtime;

/**
 * Refuses a connection or an action: {@code Permission Denied}. Thrown by the runtime when a {@link
 * PermissionCheck} says no, and by handlers that decide for themselves.
 */
public class PermissionDenied extends ChannelException {
  private static final long serialVersionUID = 1L;

  /** Denies without closing the socket. */
  public PermissionDenied() {
    this(false);
  }

  /** Denies, closing the socket with code 1002 if {@code close} is true. */
  public PermissionDenied(boolean close) {
    super("permission_denied", new Object[0], close, 1002);
  }
}
