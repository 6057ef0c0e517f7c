/**
 * Building blocks for {@link io.channels4j.runtime.Broker} implementations: what the in-memory
 * broker and the Redis backend share, for anyone writing another backend.
 *
 * <p>{@link io.channels4j.runtime.spi.RoomMembers} keeps this node's members per room, with the
 * room's connection cap checked atomically: the whole count of a single-node broker, and the local
 * record a clustered broker falls back to and writes back after an outage.
 */
package io.channels4j.runtime.spi;
