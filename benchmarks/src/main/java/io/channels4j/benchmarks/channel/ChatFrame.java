package io.channels4j.benchmarks.channel;

/**
 * The payload of a chat frame: {@code {"action":"message","user":"u","message":"hi"}}.
 *
 * @param user the sender's name
 * @param message the text
 */
public record ChatFrame(String user, String message) {}
