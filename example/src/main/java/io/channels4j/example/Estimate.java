package io.channels4j.example;

/**
 * The auction's answer to {@code estimate}: the lot's highest bid so far and what the next one
 * should be.
 *
 * @param lot the lot, from the path
 * @param highest the highest bid, 0 before the first
 * @param next the least bid that beats it
 */
public record Estimate(long lot, long highest, long next) {}
