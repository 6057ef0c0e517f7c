package io.channels4j.redis;

import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.Collection;

/**
 * Pub/sub on a standalone Redis: one connection, classic channels; Lettuce subscribes them again
 * when it reconnects.
 */
final class StandalonePubSub implements RedisPubSub {
  private final StatefulRedisPubSubConnection<String, byte[]> connection;

  StandalonePubSub(RedisClient client, Listener listener) {
    connection = client.connectPubSub(RedisLink.CODEC);
    connection.addListener(
        new RedisPubSubAdapter<>() {
          @Override
          public void message(String channel, byte[] message) {
            listener.message(channel, message);
          }
        });
  }

  @Override
  public void subscribe(Collection<String> channels) {
    connection.sync().subscribe(channels.toArray(String[]::new));
  }

  @Override
  public void unsubscribe(Collection<String> channels) {
    connection.sync().unsubscribe(channels.toArray(String[]::new));
  }

  @Override
  public boolean isOpen() {
    return connection.isOpen();
  }

  @Override
  public boolean owns(RedisChannelHandler<?, ?> handler) {
    return handler == connection;
  }

  @Override
  public void close() {
    connection.close();
  }
}
