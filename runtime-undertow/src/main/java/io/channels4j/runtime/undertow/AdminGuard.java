package io.channels4j.runtime.undertow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Who may use the admin API: asked with the request's bearer token ({@code Authorization: Bearer
 * <token>}) before anything runs. A request without a token is refused with 401, one this guard
 * does not allow with 403.
 */
@FunctionalInterface
public interface AdminGuard {
  /** Whether {@code token}, never null or empty, may use the admin API. */
  boolean allows(String token);

  /** Allows exactly {@code secret}, compared in constant time. */
  static AdminGuard token(String secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("An empty admin token would let anyone in");
    }
    byte[] expected = secret.getBytes(StandardCharsets.UTF_8);
    return token -> MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8));
  }
}
