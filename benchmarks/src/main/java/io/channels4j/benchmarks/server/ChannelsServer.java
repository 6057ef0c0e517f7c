package io.channels4j.benchmarks.server;

import io.channels4j.benchmarks.channel.BenchChannelImpl;
import io.channels4j.runtime.undertow.ChannelServer;

/** The server under test: the bench channel served by the channels4j runtime. */
public final class ChannelsServer {
  private ChannelsServer() {}

  /** Starts on {@code 127.0.0.1:port} with the broker at {@code brokerUrl}. */
  public static ChannelServer start(int port, String brokerUrl) {
    return ChannelServer.builder()
        .host("127.0.0.1")
        .port(port)
        .broker(brokerUrl)
        .mount(new BenchChannelImpl())
        .start();
  }
}
