package io.channels4j.runtime;

import java.security.Principal;

/**
 * Turns the token of a WebSocket handshake into a principal.
 *
 * <p>The server reads the token from the {@code ?token=} query parameter, the {@code token} cookie
 * or an {@code Authorization: Bearer} header (names configurable), calls this authenticator once
 * per handshake, and refuses the upgrade with HTTP 401 when it returns {@code null}. The principal
 * is then available as {@link ChannelContext#principal()}.
 *
 * <pre>{@code
 * Authenticator auth = token -> "secret".equals(token) ? () -> "alice" : null;
 * }</pre>
 */
@FunctionalInterface
public interface Authenticator {
  /**
   * Returns the principal for {@code token}, or {@code null} to refuse the handshake.
   *
   * @param token the token found in the handshake, or {@code null} if it carried none
   */
  Principal authenticate(String token);
}
