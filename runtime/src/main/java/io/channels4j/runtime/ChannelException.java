package io.channels4j.runtime;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * An error sent to the client as an error frame, and then a close frame if {@link #close()} says
 * so.
 *
 * <p>Thrown by a handler, it becomes {@code {"type":"response","action":A,"status":"bad",
 * "request_id":N,"data":null,"errors":"..."}} plus its {@code reason} and extra fields, if any; the
 * runtime throws its subclasses for the protocol's own errors. Like the seed's {@code
 * BaseChannelException}:
 *
 * <pre>{@code
 * throw new ChannelException("Out of stock", false, 1000).withData(item).with("code", 409);
 * }</pre>
 *
 * <p>These exceptions carry no stack trace: they are answers, not bugs.
 */
public class ChannelException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "io.channels4j.runtime.Messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String textKey;
  private final transient Object[] textArgs;
  private final boolean close;
  private final int code;
  private String reason;
  private transient Object data;
  private final transient Map<String, Object> extra = new LinkedHashMap<>();

  /** An error with the given text that leaves the socket open. */
  public ChannelException(String errors) {
    this(errors, false, 1000);
  }

  /**
   * An error with the given text.
   *
   * @param close whether the server closes the socket after sending the error frame
   * @param code the WebSocket close code used when closing
   */
  public ChannelException(String errors, boolean close, int code) {
    super(errors, null, false, false);
    this.textKey = null;
    this.textArgs = new Object[0];
    this.close = close;
    this.code = code;
  }

  /**
   * An error whose text is looked up in the runtime's message bundle by {@code textKey}, so it
   * follows the client's {@code Accept-Language}.
   */
  protected ChannelException(String textKey, Object[] textArgs, boolean close, int code) {
    super(format(Locale.ROOT, textKey, textArgs), null, false, false);
    this.textKey = textKey;
    this.textArgs = textArgs.clone();
    this.close = close;
    this.code = code;
  }

  /**
   * Sets the frame's {@code reason}, a code of the handler's own for clients to branch on (say
   * {@code "sold_out"}); the frame's {@code status} stays {@code "bad"}, so every error reads as
   * one. None by default.
   */
  public ChannelException withReason(String reason) {
    this.reason = reason;
    return this;
  }

  /** Sets the frame's {@code data}, encoded by its codec; {@code null} by default. */
  public ChannelException withData(Object data) {
    this.data = data;
    return this;
  }

  /** Adds a top-level field to the error frame. */
  public ChannelException with(String field, Object value) {
    extra.put(field, value);
    return this;
  }

  /** Whether the socket is closed after the error frame. */
  public boolean close() {
    return close;
  }

  /** The WebSocket close code used when {@link #close()} is true. */
  public int code() {
    return code;
  }

  /** The frame's {@code reason}, or {@code null}. */
  public String reason() {
    return reason;
  }

  /** The frame's {@code data}, or {@code null}. */
  public Object data() {
    return data;
  }

  /** Extra top-level fields of the error frame, in insertion order. */
  public Map<String, Object> extra() {
    return Collections.unmodifiableMap(extra);
  }

  /** The frame's {@code errors} text for a client that prefers {@code locale}. */
  public String errors(Locale locale) {
    return textKey == null ? getMessage() : format(locale, textKey, textArgs);
  }

  private static String format(Locale locale, String key, Object[] args) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
