package io.channels4j.example;

import io.channels4j.runtime.ChannelContext;
import java.security.Principal;

/** Who is behind a connection, for the notices the rooms send. */
final class Users {
  private static final String ATTRIBUTE = "user";

  private Users() {}

  /** Remembers the name a connection last sent messages under. */
  static void remember(ChannelContext ctx, ChatMessage msg) {
    if (msg.user() != null && !msg.user().isBlank()) {
      ctx.attributes().put(ATTRIBUTE, msg.user());
    }
  }

  /**
   * The connection's display name: the last name it chatted under, else its principal's name (the
   * handshake's {@code ?token=}), else {@code anonymous}.
   */
  static String name(ChannelContext ctx) {
    Object remembered = ctx.attributes().get(ATTRIBUTE);
    if (remembered != null) {
      return remembered.toString();
    }
    Principal principal = ctx.principal();
    return principal != null ? principal.getName() : ChatExample.ANONYMOUS;
  }
}
