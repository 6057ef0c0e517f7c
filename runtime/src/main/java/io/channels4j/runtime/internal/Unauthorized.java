package io.channels4j.runtime.internal;

import io.channels4j.runtime.ChannelException;

/**
 * {@code Unauthorized}, then close 1008: the connection's principal is not what the channel's
 * {@code @Principal} parameters take.
 */
final class Unauthorized extends ChannelException {
  private static final long serialVersionUID = 1L;

  Unauthorized() {
    super("unauthorized", new Object[0], true, 1008);
  }
}
