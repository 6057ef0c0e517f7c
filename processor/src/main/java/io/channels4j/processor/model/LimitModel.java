package io.channels4j.processor.model;

/**
 * One validated {@code @Limit}.
 *
 * @param scope the name of the {@code Limit.Scope} constant
 */
public record LimitModel(int times, long windowMillis, String scope, boolean close) {}
