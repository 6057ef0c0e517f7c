package io.channels4j.redis;

import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.RedisPerClass;
import io.channels4j.testing.WsClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Servers of one test sharing one real Redis under a prefix of their own, each mounting one channel
 * with the token as the user's name, and their clients; {@link #close} ends them all.
 */
final class RedisNodes implements AutoCloseable {
  private final RedisPerClass redis;
  private final Object channel;
  private final String prefix = RedisTestSupport.uniquePrefix();
  private final List<ChannelServer> servers = new ArrayList<>();
  private final List<WsClient> clients = new ArrayList<>();

  RedisNodes(RedisPerClass redis, Object channel) {
    this.redis = redis;
    this.channel = channel;
  }

  /** A new server on the shared Redis. */
  ChannelServer node() {
    ChannelServer server =
        ChannelServer.builder()
            .port(0)
            .broker(redis.url("?prefix=" + prefix))
            .mount(channel)
            .authenticator(token -> () -> token)
            .start();
    servers.add(server);
    return server;
  }

  /** A client of {@code server} on {@code path}, once it has joined. */
  WsClient member(ChannelServer server, String path) throws Exception {
    WsClient client = WsClient.connect(server.port(), path);
    clients.add(client);
    client.fence();
    return client;
  }

  @Override
  public void close() {
    clients.forEach(WsClient::close);
    servers.forEach(ChannelServer::stop);
  }
}
