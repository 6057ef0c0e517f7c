package io.channels4j.client;

import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonTextInput;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A JSON frame the server pushed, as it came. The wire does not say which type a broadcast is, so
 * the listener gets the frame and decodes it with the type it expects (the generated client's
 * {@code as<Type>(message)}), or reads its text.
 */
public final class ClientMessage {
  private final byte[] json;
  private final String id;

  ClientMessage(byte[] json, String id) {
    this.json = json;
    this.id = id;
  }

  /** The message's history id, in a room with {@code @History}; empty elsewhere. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The frame's JSON text. */
  public String text() {
    return new String(json, StandardCharsets.UTF_8);
  }

  /**
   * The frame read by {@code decoder}; members the type does not have (a history {@code id}
   * included) are skipped.
   *
   * @throws IllegalArgumentException if the frame is not a value of the type
   */
  public <T> T decode(Decoder<T> decoder) {
    return decode(json, decoder);
  }

  /** {@code json} read by {@code decoder}, all of it. */
  static <T> T decode(byte[] json, Decoder<T> decoder) {
    JsonInput in = new JsonTextInput(Integer.MAX_VALUE).reset(json);
    try {
      T value = decoder.read(in);
      in.endFrame();
      return value;
    } catch (JsonInput.Miss miss) {
      throw new IllegalArgumentException(
          "Not a value of the type asked for: " + ChannelError.shortened(json));
    }
  }

  @Override
  public String toString() {
    return text();
  }
}
