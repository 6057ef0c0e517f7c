/**
 * The Redis backend: {@code redis://} brokers and rate limiters for a cluster of channels4j nodes,
 * on a standalone Redis or ({@code redis-cluster://}) a Redis Cluster.
 *
 * <p>Add {@code channels4j-redis} to the classpath and pass a {@code redis://host:port} (or {@code
 * redis-cluster://host:port,host:port}) URL to the server builder's {@code broker(...)} and {@code
 * limiter(...)}; {@link io.channels4j.redis.RedisBackendProvider} is found by {@link
 * java.util.ServiceLoader}.
 *
 * <p>Which class holds which mechanism:
 *
 * <ul>
 *   <li>{@code RedisBackendProvider}: found by {@code ServiceLoader}; hands each broker and limiter
 *       the {@code RedisLink} of its URL.
 *   <li>{@code RedisLink}: the Lettuce client, the one command connection, the scheduler thread,
 *       connecting (and retrying on a degraded start) and running scripts. A broker and a limiter
 *       on the same URL share one link; it counts its users and the last to close closes it.
 *   <li>{@code RedisConnector}: what differs between a standalone Redis ({@code
 *       StandaloneConnector}) and a cluster ({@code ClusterConnector}): the client, its options,
 *       the pub/sub connection and the publish command.
 *   <li>{@code RedisKeys}: the names of keys and channels; on a cluster all of a room's share its
 *       hash tag.
 *   <li>{@code RedisHealth}: the link's one record of whether Redis is reachable; logs each outage
 *       and each recovery once, whichever user noticed it.
 *   <li>{@code RedisBroker}: the thin {@code Broker} facade; it owns the node id, the heartbeat
 *       schedule and the reaction to connection events, and delegates to the three below.
 *   <li>{@code RedisSubscriptions}: pub/sub; one pub/sub connection per broker ({@code
 *       RedisPubSub}: {@code StandalonePubSub}, or {@code ShardedPubSub}, which subscribes each
 *       channel on the master serving its slot), a room's channel subscribed on its first local
 *       member, resubscribed after a reconnect or a topology change, own echoes ignored.
 *   <li>{@code RedisPresence}: room counts; {@code tryJoin}, {@code leave} and {@code count} by Lua
 *       script, the node heartbeat, and writing memberships back when Redis returns; {@code
 *       Heartbeats}: which nodes are dead, read outside the scripts.
 *   <li>{@code RedisHistory}: room histories in Redis Streams; publishing with an id, reading
 *       {@code before}, {@code after} and {@code since}.
 *   <li>{@code RedisRateLimiter}: the sliding-log rate limiter, in-memory while Redis is away.
 *   <li>{@code Scripts} and {@code Script}: the Lua scripts and their SHA-1s; {@code
 *       RedisSettings}: the URL's options.
 * </ul>
 */
package io.channels4j.redis;
