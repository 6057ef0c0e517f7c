package io.channels4j.processor.validation;

import io.channels4j.processor.model.JsonType;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What resolving a Java type gave: its JSON mapping; or none, after an error was reported; or none
 * yet, because it names types that do not exist in this round (generated later, or missing).
 *
 * @param type the mapping, present only when nothing is unresolved
 * @param unresolved the names of the types that could not be found, such as {@code LaterRecord}
 */
record Resolution(Optional<JsonType> type, Set<String> unresolved) {

  /** Copies the set so a resolution never changes. */
  Resolution {
    unresolved = Set.copyOf(unresolved);
  }

  static Resolution of(JsonType type) {
    return new Resolution(Optional.of(type), Set.of());
  }

  /** No mapping; the reason was reported as an error. */
  static Resolution failed() {
    return new Resolution(Optional.empty(), Set.of());
  }

  /** No mapping yet: {@code typeName} does not exist in this round. */
  static Resolution unresolved(String typeName) {
    return new Resolution(Optional.empty(), Set.of(typeName));
  }

  /** Whether the type may resolve in a later round, when the types it names exist. */
  boolean pending() {
    return !unresolved.isEmpty();
  }

  Resolution map(Function<JsonType, JsonType> mapping) {
    return new Resolution(type.map(mapping), unresolved);
  }
}
