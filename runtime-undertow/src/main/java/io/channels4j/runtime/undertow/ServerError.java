package io.channels4j.runtime.undertow;

import io.channels4j.runtime.ChannelException;

/** The runtime's own errors whose texts come from the message bundle by key. */
final class ServerError extends ChannelException {
  private static final long serialVersionUID = 1L;

  private ServerError(String key, boolean close, int code) {
    super(key, new Object[0], close, code);
  }

  /** {@code Internal Error}: the socket stays open. */
  static ServerError internal() {
    return new ServerError("internal_error", false, 1000);
  }

  /** {@code Unsupported Data}: a binary frame; the socket stays open. */
  static ServerError unsupportedData() {
    return new ServerError("unsupported_data", false, 1000);
  }

  /** {@code Message Too Big}: closes with 1009. */
  static ServerError messageTooBig() {
    return new ServerError("message_too_big", true, 1009);
  }

  /** The room is at {@code maxConnections}: closes with 1013. */
  static ServerError roomFull() {
    return new ServerError("room_full", true, 1013);
  }
}
