package io.channels4j.runtime.undertow;

import io.channels4j.runtime.BackendProvider;
import io.channels4j.runtime.Broker;
import io.channels4j.runtime.RateLimiter;
import io.channels4j.runtime.memory.MemoryBroker;
import io.channels4j.runtime.memory.MemoryRateLimiter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Makes brokers and rate limiters from backend URLs: {@code memory://} is built in, other schemes
 * come from a {@link BackendProvider} registered where the mounted channels' bindings were found
 * (their class loaders, not the context class loader).
 */
final class Backends {
  private static final BackendProvider MEMORY =
      new BackendProvider() {
        @Override
        public boolean supports(String scheme) {
          return scheme.equals("memory");
        }

        @Override
        public Broker broker(URI url) {
          return new MemoryBroker();
        }

        @Override
        public RateLimiter rateLimiter(URI url) {
          return new MemoryRateLimiter();
        }
      };

  private final List<ClassLoader> classLoaders;

  /** Backends found through {@code classLoaders}, searched in order. */
  Backends(List<ClassLoader> classLoaders) {
    this.classLoaders = classLoaders;
  }

  Broker broker(String url) {
    URI uri = parse(url);
    return provider(uri).broker(uri);
  }

  RateLimiter rateLimiter(String url) {
    URI uri = parse(url);
    return provider(uri).rateLimiter(uri);
  }

  private BackendProvider provider(URI url) {
    String scheme = url.getScheme();
    if (scheme == null) {
      throw new IllegalArgumentException(
          "Backend URL " + url + " has no scheme; use memory:// or, e.g., redis://host:6379");
    }
    if (scheme.equals("memory")) {
      return MEMORY;
    }
    for (ClassLoader classLoader : classLoaders) {
      for (BackendProvider provider : ServiceLoader.load(BackendProvider.class, classLoader)) {
        if (provider.supports(scheme)) {
          return provider;
        }
      }
    }
    throw new IllegalArgumentException(
        "No backend for "
            + scheme
            + ":// (URL "
            + url
            + "): use memory://, or add the module that provides it (channels4j-redis for"
            + " redis:// and rediss://) to the classpath");
  }

  /** Parses a backend URL; {@code memory://} has no authority, which {@link URI} would refuse. */
  private static URI parse(String url) {
    if (url.equals("memory://") || url.equals("memory:")) {
      return URI.create("memory:/");
    }
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Malformed backend URL " + url + ": " + e.getMessage(), e);
    }
  }
}
