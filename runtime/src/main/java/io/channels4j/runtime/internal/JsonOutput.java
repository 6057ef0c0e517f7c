package io.channels4j.runtime.internal;

import java.util.Arrays;

/**
 * What generated codecs write values with: a writer of JSON's data model in the wire format of one
 * connection, {@link JsonTextOutput} for JSON text, {@link MessagePackOutput} for MessagePack. Each
 * writes byte for byte what the reference path sends in its format (Moshi's compact {@code
 * JsonWriter}, and for MessagePack that JSON text converted), so a frame does not depend on which
 * path encoded it. Nulls are the caller's: a member whose value is null is left out.
 *
 * <p>Reusable after {@link #reset()}; not thread-safe.
 */
public abstract class JsonOutput {
  /** What was written since the last {@link #reset()}: {@code buffer[0, count)}. */
  byte[] buffer = new byte[256];

  int count;

  /** Only this package's two formats write for codecs. */
  JsonOutput() {}

  /**
   * The bytes {@code "name":} of a member name, its string escaped as values are, for a generated
   * codec's constants, written with {@link #name(byte[])} in either format.
   *
   * <p>Named {@code encodeName}, not {@code name}: a static {@code name(String)} would clash with
   * the instance method {@link #name(String)}.
   */
  public static byte[] encodeName(String name) {
    JsonTextOutput out = new JsonTextOutput();
    out.name(name);
    return out.toByteArray();
  }

  /** Empties the output for the next document, keeping its buffer. */
  public abstract JsonOutput reset();

  /** A copy of what was written since the last {@link #reset()}. */
  public final byte[] toByteArray() {
    return Arrays.copyOf(buffer, count);
  }

  /** Starts an object. */
  public abstract void beginObject();

  /** Ends the innermost object. */
  public abstract void endObject();

  /** Starts an array. */
  public abstract void beginArray();

  /** Ends the innermost array. */
  public abstract void endArray();

  /** Writes a member name made by {@link #encodeName}. */
  public abstract void name(byte[] encodedName);

  /** Writes a member name, a Map key. */
  public abstract void name(String name);

  /** Writes a string; {@code value} is not null. */
  public abstract void value(String value);

  /** Writes a boolean. */
  public abstract void value(boolean value);

  /** Writes a long. */
  public abstract void value(long value);

  /**
   * Writes a double, as Moshi writes its {@link Double#toString(double)}.
   *
   * @throws IllegalArgumentException if it is NaN or infinite, in Moshi's words
   */
  public abstract void value(double value);

  /**
   * Writes a float, as Moshi's float adapter writes its {@link Float#toString(float)}.
   *
   * @throws IllegalArgumentException if it is NaN or infinite, in Moshi's words
   */
  public abstract void value(float value);

  /**
   * Writes the text of a number as Moshi's {@code JsonWriter.value(Number)} writes a number's
   * {@code toString()}; {@code text} is an RFC 8259 number, such as a {@code BigDecimal}'s.
   */
  public abstract void number(String text);

  /** Writes null: an array element; a member whose value is null is left out instead. */
  public abstract void nullValue();

  /** Writes an int. */
  public void value(int value) {
    value((long) value);
  }

  /** Writes a short. */
  public void value(short value) {
    value((long) value);
  }

  /** Writes a byte as Moshi's byte adapter does: unsigned, {@code value & 0xff}. */
  public void value(byte value) {
    value((long) (value & 0xff));
  }

  /** Writes a char as a string of one char. */
  public void value(char value) {
    value(String.valueOf(value));
  }

  /** Makes room for {@code more} bytes. */
  final void ensure(long more) {
    long needed = count + more;
    if (needed > buffer.length) {
      if (needed > Integer.MAX_VALUE - 8) {
        throw new OutOfMemoryError("Output too large");
      }
      buffer =
          Arrays.copyOf(
              buffer, (int) Math.max(needed, Math.min(buffer.length * 2L, Integer.MAX_VALUE - 8)));
    }
  }

  /** Refuses NaN and the infinities, as Moshi does. */
  static void requireFinite(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("Numeric values must be finite, but was " + value);
    }
  }
}
