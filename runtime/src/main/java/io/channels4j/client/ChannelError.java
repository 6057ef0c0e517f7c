package io.channels4j.client;

import io.channels4j.runtime.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An error frame of the server, {@code {"type":"response","status":"bad","errors":...}}: what a
 * request's stage fails with, or what {@link ClientListener#onError} gets. Its message is the
 * frame's {@code errors} text.
 */
public final class ChannelError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ServerFrame frame;

  ChannelError(ServerFrame frame) {
    super(frame.errors() == null ? "Error frame without errors: " + frame : frame.errors());
    this.frame = frame;
  }

  /** The frame's {@code errors}: the error's text, in the handshake's language. */
  public String errors() {
    return getMessage();
  }

  /** The frame's {@code status}: {@code "bad"} for every error. */
  public String status() {
    return frame.status();
  }

  /** The action the frame answered, absent for errors of no action (the connect checks). */
  public Optional<String> action() {
    return Optional.ofNullable(frame.action());
  }

  /** The {@code request_id} the frame echoed; 1 for errors of no request. */
  public long requestId() {
    return frame.requestId();
  }

  /** The frame's {@code reason}, a code of the handler's own ({@code withReason}). */
  public Optional<String> reason() {
    return Optional.ofNullable(frame.reason());
  }

  /** The frame's {@code data} as JSON text: {@code "null"} when it carries none. */
  public String data() {
    return frame.data() == null ? "null" : new String(frame.data(), StandardCharsets.UTF_8);
  }

  /** The frame's {@code data} read by {@code decoder}, or empty when it is {@code null}. */
  public <T> Optional<T> data(Decoder<T> decoder) {
    return frame.data() == null
        ? Optional.empty()
        : Optional.ofNullable(ClientMessage.decode(frame.data(), decoder));
  }

  /**
   * The violations of a {@code Validation Error}, as its {@code data} lists them; empty for other
   * errors.
   */
  public List<Violation> violations() {
    try {
      return data(ChannelError::readViolations).orElse(List.of());
    } catch (IllegalArgumentException notViolations) {
      return List.of();
    }
  }

  /** The whole frame as JSON text, the members a handler added with {@code with} included. */
  public String frame() {
    return frame.toString();
  }

  private static List<Violation> readViolations(io.channels4j.runtime.internal.JsonInput in) {
    List<Violation> violations = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      String path = null;
      String message = null;
      in.beginObject();
      while (in.hasNext()) {
        switch (in.selectName(ServerFrame.VIOLATION)) {
          case 0 -> path = in.nextString();
          case 1 -> message = in.nextString();
          default -> in.skipValue();
        }
      }
      in.endObject();
      violations.add(new Violation(path, message));
    }
    in.endArray();
    return violations;
  }

  /** The start of {@code json}, for a message. */
  static String shortened(byte[] json) {
    String text = new String(json, StandardCharsets.UTF_8);
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
