package io.channels4j.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.resource.ClientResources;

/** One standalone Redis server, over classic pub/sub. */
final class StandaloneConnector implements RedisConnector {
  private final RedisClient client;

  StandaloneConnector(ClientResources resources, RedisSettings settings, ClientOptions options) {
    this.client = RedisClient.create(resources, settings.redisUri());
    client.setOptions(options);
  }

  @Override
  public RedisClient client() {
    return client;
  }

  @Override
  public Commands connect() {
    StatefulRedisConnection<String, byte[]> c = client.connect(RedisLink.CODEC);
    return new Commands(c, c.sync(), c.async());
  }

  @Override
  public RedisPubSub connectPubSub(RedisPubSub.Listener listener) {
    return new StandalonePubSub(client, listener);
  }

  @Override
  public RedisFuture<Long> publish(Commands commands, String channel, byte[] message) {
    return commands.async().publish(channel, message);
  }

  @Override
  public String publishCommand() {
    return "PUBLISH";
  }
}
