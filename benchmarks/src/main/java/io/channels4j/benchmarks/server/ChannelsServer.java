package io.channels4j.benchmarks.server;

import io.channels4j.benchmarks.channel.BenchChannelImpl;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.runtime.undertow.HandlerThreads;

/** The server under test: the bench channel served by the channels4j runtime. */
public final class ChannelsServer {
  private ChannelsServer() {}

  /**
   * Starts on {@code 127.0.0.1:port} with the broker at {@code brokerUrl}: with the default
   * executor if {@code handlerPool}, where the bench channel's {@code @NonBlocking} actions still
   * run on the I/O threads and only join and leave events use the pool; else with every handler on
   * the I/O threads ({@code HandlerThreads.ioThreads()}).
   */
  public static ChannelServer start(int port, String brokerUrl, boolean handlerPool) {
    ChannelServer.Builder builder =
        ChannelServer.builder()
            .host("127.0.0.1")
            .port(port)
            .broker(brokerUrl)
            .mount(new BenchChannelImpl());
    if (!handlerPool) {
      builder.handlers(HandlerThreads.ioThreads());
    }
    return builder.start();
  }
}
