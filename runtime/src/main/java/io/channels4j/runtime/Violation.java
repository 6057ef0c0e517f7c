package io.channels4j.runtime;

/**
 * One constraint a payload broke, as a {@link ValidationError} lists it.
 *
 * @param path where in the payload, in JSON names: {@code name}, {@code items[2].name}, {@code
 *     scores.alice}
 * @param message what is wrong, such as {@code must not be blank} or the constraint's own {@code
 *     message}
 */
public record Violation(String path, String message) {}
