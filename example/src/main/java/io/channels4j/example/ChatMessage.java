package io.channels4j.example;

/**
 * What a client sends with the {@code message} action: {@code {"action": "message", "user": "mike",
 * "message": "hi"}}.
 *
 * @param user the sender's display name
 * @param message the text
 */
public record ChatMessage(String user, String message) {}
