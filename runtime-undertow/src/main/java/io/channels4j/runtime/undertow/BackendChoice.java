package io.channels4j.runtime.undertow;

import java.util.Objects;
import java.util.function.Function;

/**
 * A backend a builder was given by URL or as an instance. An instance belongs to the one server
 * that takes it, which starts and closes it; the builder hands it out once.
 *
 * @param <T> {@code Broker} or {@code RateLimiter}
 */
final class BackendChoice<T> {
  private final String type;
  private final String method;
  private String url;
  private T instance;
  private boolean taken;

  /** A choice set with {@code method(url)} or {@code method(type)}, by default {@code url}. */
  BackendChoice(String type, String method, String url) {
    this.type = type;
    this.method = method;
    this.url = url;
  }

  void url(String url) {
    this.url = Objects.requireNonNull(url, "url");
    this.instance = null;
    this.taken = false;
  }

  void instance(T instance) {
    this.instance = Objects.requireNonNull(instance, method);
    this.taken = false;
  }

  /** The URL chosen, or {@code null} when none was (or when an instance was given). */
  String url() {
    return instance != null ? null : url;
  }

  /** Fails if a server took the instance: a builder starting again needs another. */
  void checkNotTaken() {
    if (taken) {
      throw new IllegalStateException(
          "The "
              + type
              + " given to "
              + method
              + "("
              + type
              + ") belongs to the server this builder started before; give this server its own"
              + " with "
              + method
              + "(...)");
    }
  }

  /**
   * The given instance, which no later server gets, or a new backend from the URL chosen, else
   * {@code defaultUrl}.
   */
  T take(Function<String, T> fromUrl, String defaultUrl) {
    if (instance == null) {
      return fromUrl.apply(url != null ? url : defaultUrl);
    }
    taken = true;
    return instance;
  }
}
