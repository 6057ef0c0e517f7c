package io.channels4j.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A Lua script and its SHA-1, the name {@code EVALSHA} knows it by. */
record Script(String text, String sha1) {

  /** A script with its SHA-1 computed here, as Redis computes it. */
  static Script of(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(40);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return new Script(text, hex.toString());
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("SHA-1 is in every JDK", e);
    }
  }
}
