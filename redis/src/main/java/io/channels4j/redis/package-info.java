/**
 * The Redis backend: {@code redis://} brokers and rate limiters for a cluster of channels4j nodes.
 *
 * <p>Add {@code channels4j-redis} to the classpath and pass a {@code redis://host:port} URL to the
 * server builder's {@code broker(...)} and {@code limiter(...)}; {@link
 * io.channels4j.redis.RedisBackendProvider} is found by {@link java.util.ServiceLoader}.
 *
 * <p>Which class holds which mechanism:
 *
 * <ul>
 *   <li>{@code RedisBackendProvider}: found by {@code ServiceLoader}; hands each broker and limiter
 *       the {@code RedisLink} of its URL.
 *   <li>{@code RedisLink}: the Lettuce client, the one command connection, the scheduler thread,
 *       connecting (and retrying on a degraded start) and running scripts. A broker and a limiter
 *       on the same URL share one link; it counts its users and the last to close closes it.
 *   <li>{@code RedisHealth}: the link's one record of whether Redis is reachable; logs each outage
 *       and each recovery once, whichever user noticed it.
 *   <li>{@code RedisBroker}: the thin {@code Broker} facade; it owns the node id, the heartbeat
 *       schedule and the reaction to connection events, and delegates to the three below.
 *   <li>{@code RedisSubscriptions}: pub/sub; one pub/sub connection per broker, a room's channel
 *       subscribed on its first local member, resubscribed after a reconnect, own echoes ignored.
 *   <li>{@code RedisPresence}: room counts; {@code tryJoin}, {@code leave} and {@code count} by Lua
 *       script, the node heartbeat, and writing memberships back when Redis returns.
 *   <li>{@code RedisHistory}: room histories in Redis Streams; publishing with an id, reading
 *       {@code before}, {@code after} and {@code since}.
 *   <li>{@code RedisRateLimiter}: the sliding-log rate limiter, in-memory while Redis is away.
 *   <li>{@code Scripts} and {@code Script}: the Lua scripts and their SHA-1s; {@code
 *       RedisSettings}: the URL's options.
 * </ul>
 */
package io.channels4j.redis;
