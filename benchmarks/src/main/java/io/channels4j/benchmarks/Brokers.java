package io.channels4j.benchmarks;

import io.channels4j.runtime.BackendProvider;
import io.channels4j.runtime.Broker;
import java.net.URI;
import java.util.ServiceLoader;

/** Brokers made from a URL as a server makes them (its backend found by the URL's scheme). */
final class Brokers {
  private Brokers() {}

  /** A started broker for {@code url} whose frames for subscribed rooms go to {@code delivery}. */
  static Broker open(String url, Broker.Delivery delivery) {
    URI uri = URI.create(url);
    for (BackendProvider provider : ServiceLoader.load(BackendProvider.class)) {
      if (provider.supports(uri.getScheme())) {
        Broker broker = provider.broker(uri);
        broker.start(delivery);
        return broker;
      }
    }
    throw new IllegalArgumentException("no backend for " + url);
  }
}
