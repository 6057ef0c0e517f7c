package io.channels4j.processor.model;

/**
 * A validated {@code @History}.
 *
 * @param size the most recent messages each room keeps
 * @param ttlMillis how long a message is kept; zero means until newer ones push it out
 */
public record HistoryModel(int size, long ttlMillis) {}
