package io.channels4j.processor.model;

import java.util.List;

/**
 * One validated {@code @OnJoin} or {@code @OnLeave} method.
 *
 * @param method the interface method's name
 * @param arguments what each of its parameters takes, in order
 */
public record LifecycleModel(String method, List<ArgumentModel> arguments) {}
