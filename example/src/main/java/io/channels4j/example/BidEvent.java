package io.channels4j.example;

/**
 * What the auction room broadcasts when a bid beats the highest: {@code {"action": "bid", "lot": 7,
 * "user": "mike", "amount": 120}}.
 *
 * @param action always {@code bid}
 * @param lot the lot, from the path
 * @param user who bid
 * @param amount the new highest bid
 */
public record BidEvent(String action, long lot, String user, long amount) {}
