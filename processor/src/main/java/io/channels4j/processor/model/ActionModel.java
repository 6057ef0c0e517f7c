package io.channels4j.processor.model;

import java.util.Optional;

/**
 * One validated {@code @Action} method.
 *
 * @param name the action name clients send
 * @param method the interface method's name
 * @param payload the type of the payload parameter, if any
 * @param reply the return type, unless {@code void}; for a {@code CompletionStage}, its value's
 *     type unless {@code Void}
 * @param completion whether the method returns a {@code CompletionStage}, and whether the next
 *     frames wait for it
 * @param nonBlocking whether the action runs on the connection's I/O thread
 * @param ack whether the action, which sends no reply, acknowledges its frame
 * @param arguments what each of the method's parameters takes, in order
 */
public record ActionModel(
    String name,
    String method,
    Optional<JsonType> payload,
    Optional<JsonType> reply,
    PermissionModel permission,
    java.util.List<LimitModel> limits,
    boolean deprecated,
    Completion completion,
    boolean nonBlocking,
    boolean ack,
    java.util.List<ArgumentModel> arguments) {

  /** When an action's response is ready. */
  public enum Completion {
    /** When the method returns. */
    RETURN,
    /** When the stage it returns completes; the connection's next frame waits for it. */
    STAGE,
    /** When the stage it returns completes; the connection's next frames go on meanwhile. */
    STAGE_OVERLAPPING
  }
}
