package io.channels4j.benchmarks.server;

import io.channels4j.benchmarks.channel.BenchChannelImpl;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.runtime.undertow.HandlerThreads;

/** The server under test: the bench channel served by the channels4j runtime. */
public final class ChannelsServer {
  private ChannelsServer() {}

  /**
   * Starts on {@code 127.0.0.1:port} with the broker at {@code brokerUrl}; the bench channel's
   * handlers never block, so they run on the I/O threads unless {@code handlerPool} asks for the
   * default executor.
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
