package io.channels4j.benchmarks.load;

import java.nio.charset.StandardCharsets;

/** Just enough JSON for the load tool: find a number after a key, without allocating. */
final class Json {
  private Json() {}

  /**
   * The non-negative integer that follows {@code key} (given as the bytes of {@code "name":}) in
   * {@code buffer[start, end)}, skipping an opening quote; -1 if the key is absent.
   */
  static long longAfter(byte[] buffer, int start, int end, byte[] key) {
    int at = indexOf(buffer, start, end, key);
    if (at < 0) {
      return -1;
    }
    int i = at + key.length;
    while (i < end && (buffer[i] == ' ' || buffer[i] == '"')) {
      i++;
    }
    long value = 0;
    boolean any = false;
    for (; i < end && buffer[i] >= '0' && buffer[i] <= '9'; i++) {
      value = value * 10 + (buffer[i] - '0');
      any = true;
    }
    return any ? value : -1;
  }

  /** The non-negative integer after the first {@code ':'} at or after {@code from}. */
  static long longAfterColon(byte[] buffer, int from, int end) {
    int i = from;
    while (i < end && buffer[i] != ':') {
      i++;
    }
    long value = 0;
    for (i++; i < end && buffer[i] >= '0' && buffer[i] <= '9'; i++) {
      value = value * 10 + (buffer[i] - '0');
    }
    return value;
  }

  static int indexOf(byte[] buffer, int start, int end, byte[] key) {
    outer:
    for (int i = start; i <= end - key.length; i++) {
      for (int j = 0; j < key.length; j++) {
        if (buffer[i + j] != key[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static byte[] key(String name) {
    return ("\"" + name + "\":").getBytes(StandardCharsets.US_ASCII);
  }
}
