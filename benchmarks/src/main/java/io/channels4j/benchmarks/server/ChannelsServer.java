package io.channels4j.benchmarks.server;

import io.channels4j.benchmarks.channel.BenchChannelImpl;
import io.channels4j.benchmarks.channel.BenchRooms;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.runtime.undertow.HandlerThreads;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * The server under test: the bench channel (one room, {@code /group}) and the bench rooms ({@code
 * /rooms/NAME}) served by the channels4j runtime.
 */
public final class ChannelsServer {
  /**
   * What a run turns on beyond the defaults.
   *
   * @param handlerPool the default executor, where the bench channel's {@code @NonBlocking} actions
   *     still run on the I/O threads and only join and leave events use the pool; else every
   *     handler on the I/O threads ({@code HandlerThreads.ioThreads()})
   * @param metrics Micrometer metrics in a Prometheus registry, scraped at {@code /metrics}
   * @param presenceEvents the presence events' interval, or {@code null} for none
   * @param presenceListUpTo the most joins and leaves one presence frame lists
   */
  public record Settings(
      boolean handlerPool, boolean metrics, Duration presenceEvents, int presenceListUpTo) {}

  private ChannelsServer() {}

  /** Starts on {@code 127.0.0.1:port} with the broker at {@code brokerUrl}. */
  public static ChannelServer start(int port, String brokerUrl, Settings settings) {
    ChannelServer.Builder builder =
        ChannelServer.builder()
            .host("127.0.0.1")
            .port(port)
            .broker(brokerUrl)
            .mount(new BenchChannelImpl())
            .mount(new BenchRooms() {});
    if (!settings.handlerPool()) {
      builder.handlers(HandlerThreads.ioThreads());
    }
    if (settings.metrics()) {
      PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      builder.metrics(registry).metricsEndpoint("/metrics", registry::scrape);
    }
    if (settings.presenceEvents() != null) {
      builder.presenceEvents(settings.presenceEvents(), settings.presenceListUpTo());
    }
    return builder.start();
  }
}
