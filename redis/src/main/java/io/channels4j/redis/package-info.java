/**
 * The Redis backend: {@code redis://} brokers and rate limiters for a cluster of channels4j nodes.
 *
 * <p>Add {@code channels4j-redis} to the classpath and pass a {@code redis://host:port} URL to the
 * server builder's {@code broker(...)} and {@code limiter(...)}; {@link
 * io.channels4j.redis.RedisBackendProvider} is found by {@link java.util.ServiceLoader}.
 */
package io.channels4j.redis;
