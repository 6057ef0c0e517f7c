package io.channels4j.processor.validation;

import io.channels4j.processor.Names;
import io.channels4j.processor.model.HistoryModel;
import io.channels4j.processor.model.JsonType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Checks a channel's {@code @History} and reads it into a {@link HistoryModel}. */
final class HistoryValidator {
  /** {@code io.channels4j.annotations.History.MAX_SIZE}, which the processor cannot link. */
  static final int MAX_SIZE = 100_000;

  /** The built-in action of a history channel, which no action of its own may shadow. */
  static final String ACTION = "history";

  /**
   * The member every broadcast to a history room gets first: {@code HistoryEntry.stamped} splices
   * {@code "id":"<id>"} into the encoded message, and members and replays get that frame.
   */
  static final String ID = "id";

  private final Reporter reporter;
  private final Mirrors mirrors;
  private final ReservedNames reserved;

  HistoryValidator(Reporter reporter, Mirrors mirrors, ReservedNames reserved) {
    this.reporter = reporter;
    this.mirrors = mirrors;
    this.reserved = reserved;
  }

  /**
   * The channel's history, if it declares {@code @History}; reports every misuse. Empty for a
   * channel with {@code @History} means invalid, though the error may have been reported for
   * another channel sharing a message type.
   *
   * @param actions the channel's actions by name
   * @param messages the types of {@code @Channel(messages)}, the ones the channel broadcasts
   */
  Optional<HistoryModel> read(
      TypeElement element,
      AnnotationMirror channel,
      boolean relay,
      Map<String, ?> actions,
      List<JsonType> messages) {
    Optional<AnnotationMirror> found = Mirrors.find(element, Names.HISTORY);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    AnnotationMirror history = found.get();
    boolean valid = true;
    long size = mirrors.number(history, "size");
    if (size < 1 || size > MAX_SIZE) {
      reporter.error(
          Tag.HISTORY_SIZE,
          element,
          history,
          Mirrors.explicitValue(history, "size").orElse(null),
          "@History(size = "
              + size
              + ") is out of range; keep from 1 to "
              + MAX_SIZE
              + " messages per room (a reconnecting client may be sent all of them).");
      valid = false;
    }
    long ttlSeconds = mirrors.number(history, "ttlSeconds");
    if (ttlSeconds < 0 || ttlSeconds > Long.MAX_VALUE / 1000) {
      reporter.error(
          Tag.HISTORY_TTL,
          element,
          history,
          Mirrors.explicitValue(history, "ttlSeconds").orElse(null),
          "@History(ttlSeconds = "
              + ttlSeconds
              + ") is not a time to live; use a positive number of seconds, or 0 to keep"
              + " messages until newer ones push them out.");
      valid = false;
    }
    if (relay) {
      reporter.error(
          Tag.HISTORY_CONFLICT,
          element,
          history,
          "A relay channel re-broadcasts frames unchanged, so they cannot carry a history id;"
              + " remove @History or relay = true.");
      valid = false;
    }
    if (actions.get(ACTION) instanceof ExecutableElement method) {
      reporter.error(
          Tag.HISTORY_CONFLICT,
          method,
          Mirrors.find(method, Names.ACTION).orElse(null),
          "The action name '"
              + ACTION
              + "' is taken by the built-in history action of a @History channel; rename"
              + " this action.");
      valid = false;
    }
    for (JsonType message : messages) {
      valid &=
          reserved.check(
              Tag.HISTORY_CONFLICT,
              message,
              Set.of(ID),
              element,
              "message of " + element.getSimpleName(),
              member ->
                  element.getSimpleName()
                      + " has @History, which adds an '"
                      + ID
                      + "' member, the message's history id, first to every message it broadcasts"
                      + " and replays, so clients would get two '"
                      + ID
                      + "' keys");
    }
    return valid ? Optional.of(new HistoryModel((int) size, ttlSeconds * 1000)) : Optional.empty();
  }
}
