package io.channels4j.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The member names a generated codec knows, as UTF-8 bytes, so {@link JsonInput#selectName} finds a
 * member by comparing its raw bytes in the frame, without making a String of it.
 *
 * <p>A name is matched by its length, then its bytes. Immutable; one instance per codec, shared by
 * every thread.
 */
public final class JsonNames {
  private final String[] strings;
  private final byte[][] names;

  private JsonNames(String[] strings, byte[][] names) {
    this.strings = strings;
    this.names = names;
  }

  /**
   * The names, in the order whose indexes {@link JsonInput#selectName} returns.
   *
   * @throws IllegalArgumentException if a name holds a lone surrogate: it has no UTF-8 form, and
   *     the '?' Java would encode instead must not match a member named "?"
   */
  public static JsonNames of(String... names) {
    byte[][] bytes = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      for (int c = 0; c < name.length(); c++) {
        if (Character.isSurrogate(name.charAt(c))
            && !(Character.isHighSurrogate(name.charAt(c))
                && c + 1 < name.length()
                && Character.isLowSurrogate(name.charAt(++c)))) {
          throw new IllegalArgumentException("Lone surrogate in name: " + name);
        }
      }
      bytes[i] = name.getBytes(StandardCharsets.UTF_8);
    }
    return new JsonNames(names.clone(), bytes);
  }

  /** The name at {@code index}: the very String given to {@link #of}. */
  String name(int index) {
    return strings[index];
  }

  /** The index of the name held by {@code json[from, from + length)}, or -1. */
  int indexOf(byte[] json, int from, int length) {
    byte[][] all = names;
    for (int i = 0; i < all.length; i++) {
      byte[] name = all[i];
      if (name.length == length && Arrays.equals(name, 0, length, json, from, from + length)) {
        return i;
      }
    }
    return -1;
  }
}
