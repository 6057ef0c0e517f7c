package io.channels4j.runtime;

import java.util.Objects;

/**
 * A broadcast to a room, or a disconnect of a user's connections, that the server runs at {@code
 * dueMillis} and, when {@code everyMillis} is positive, again at that fixed rate until cancelled.
 * The broker keeps the schedule; with Redis it is shared by every node, survives their restarts,
 * and each run is claimed by exactly one node.
 *
 * @param target the room of a broadcast, the user (principal name) of a disconnect
 * @param message the JSON object a broadcast sends; empty for a disconnect
 * @param code the close code of a disconnect; 0 for a broadcast
 * @param reason the close reason of a disconnect; empty for a broadcast
 */
public record ScheduledTask(
    String id,
    Kind kind,
    String target,
    String message,
    int code,
    String reason,
    long dueMillis,
    long everyMillis) {

  /** What a task does when it runs. */
  public enum Kind {
    BROADCAST,
    DISCONNECT
  }

  public ScheduledTask {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(reason, "reason");
    if (everyMillis < 0) {
      throw new IllegalArgumentException("A negative rate: " + everyMillis);
    }
  }

  /** Whether the task runs again after each run. */
  public boolean repeats() {
    return everyMillis > 0;
  }

  /**
   * The first time after {@code nowMillis} that a repeating task is due: runs missed while no node
   * was up are skipped, not made up in a burst.
   */
  public long nextDue(long nowMillis) {
    long missed = Math.max(0, nowMillis - dueMillis) / everyMillis;
    return dueMillis + (missed + 1) * everyMillis;
  }

  /** This task, due at {@code millis}. */
  public ScheduledTask dueAt(long millis) {
    return new ScheduledTask(id, kind, target, message, code, reason, millis, everyMillis);
  }
}
