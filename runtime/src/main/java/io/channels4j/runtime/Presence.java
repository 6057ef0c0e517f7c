package io.channels4j.runtime;

/**
 * One member of a room, on any node: its connection, its user, and what it set with {@code
 * ctx.setPresence(meta)}.
 *
 * @param user the principal's name; {@code null} without an authenticator
 * @param meta the JSON the connection set, {@code null} until it set some
 */
public record Presence(String connectionId, String user, String meta) {}
