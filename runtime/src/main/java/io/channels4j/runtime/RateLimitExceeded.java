package io.channels4j.runtime;

/** A frame over a {@code @Limit}: {@code Too Many Requests. Retry after N seconds.} */
public class RateLimitExceeded extends ChannelException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  /** Over the limit, allowed again after {@code retryAfterSeconds}; the socket stays open. */
  public RateLimitExceeded(long retryAfterSeconds) {
    this(retryAfterSeconds, false);
  }

  /** Over the limit; closes the socket with code 1002 if {@code close} is true. */
  public RateLimitExceeded(long retryAfterSeconds, boolean close) {
    super("rate_limited", new Object[] {Long.toString(retryAfterSeconds)}, close, 1002);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Whole seconds until a frame would be allowed, rounded up. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
