package io.channels4j.processor.model;

import java.util.Optional;

/**
 * One validated {@code @Action} method.
 *
 * @param name the action name clients send
 * @param method the interface method's name
 * @param payload the type of the second parameter, if any
 * @param reply the return type, unless {@code void}
 */
public record ActionModel(
    String name,
    String method,
    Optional<JsonType> payload,
    Optional<JsonType> reply,
    PermissionModel permission,
    java.util.List<LimitModel> limits,
    boolean deprecated) {}
