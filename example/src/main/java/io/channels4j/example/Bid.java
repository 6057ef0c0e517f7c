package io.channels4j.example;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What a client sends with the auction's {@code bid} action: {@code {"action": "bid", "user":
 * "mike", "amount": 120}}. The server checks it before the handler runs; a bid that breaks a
 * constraint gets one {@code Validation Error} frame listing every violation.
 *
 * @param user the bidder's display name
 * @param amount the bid, in whole euros
 */
public record Bid(@NotBlank @Size(max = 40) String user, @Positive @Max(1_000_000) long amount) {}
