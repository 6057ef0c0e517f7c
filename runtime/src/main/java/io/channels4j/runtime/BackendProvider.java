package io.channels4j.runtime;

import java.net.URI;

/**
 * Creates brokers and rate limiters for a URL scheme such as {@code redis://}.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader} when a server starts, so a backend is
 * chosen by URL alone: {@code ChannelServer.builder().broker("redis://localhost:6379")}. The {@code
 * memory://} scheme is built in.
 */
public interface BackendProvider {
  /** Whether this provider serves URLs with {@code scheme}, such as {@code "redis"}. */
  boolean supports(String scheme);

  /** Creates a broker for {@code url}. */
  Broker broker(URI url);

  /** Creates a rate limiter for {@code url}. */
  RateLimiter rateLimiter(URI url);
}
