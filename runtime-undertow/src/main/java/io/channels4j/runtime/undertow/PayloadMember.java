package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonReader;
import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.ParseError;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the Moshi path reads a frame's payload from: the frame object itself, or the value of the
 * one member that an {@code @Envelope(payload = "data")} names. The frame's head scan has checked
 * the whole frame already, so the members after the payload need not be read.
 */
final class PayloadMember {
  private final String name; // empty: the frame is the payload
  private final Set<String> withPayload;

  PayloadMember(ChannelDescriptor channel) {
    this.name = channel.envelope().payload();
    this.withPayload =
        channel.actions().stream()
            .filter(action -> !action.payloadType().isEmpty())
            .map(ActionDescriptor::name)
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * {@code frame}, a reader before the frame object, moved to where the payload of {@code action}
   * is; {@code null} when the frame has no payload member and the action takes no payload (its
   * reader is never asked then).
   *
   * @throws ParseError if the action takes a payload and the frame's payload member is missing or
   *     null: no handler is given a null payload
   */
  JsonReader open(JsonReader frame, String action) throws IOException {
    if (name.isEmpty()) {
      return frame;
    }
    boolean required = withPayload.contains(action);
    frame.beginObject();
    while (frame.hasNext()) {
      if (frame.nextName().equals(name)) {
        // The first, as Moshi reads a duplicate name; the fast path misses on a second one.
        if (required && frame.peek() == JsonReader.Token.NULL) {
          throw new ParseError("Non-null value '" + name + "' was null at " + frame.getPath());
        }
        return frame;
      }
      frame.skipValue();
    }
    if (required) {
      throw new ParseError("Required value '" + name + "' missing at $");
    }
    return null;
  }
}
