package io.channels4j.runtime;

import java.util.List;

/**
 * What a room's history holds after the last message a reconnecting client saw.
 *
 * @param missed the kept messages after it, oldest first
 * @param recovered whether {@code missed} is everything sent after it; {@code false} when older
 *     messages than those kept may have been missed too (trimmed by length or age, or lost)
 */
public record Recovery(List<HistoryEntry> missed, boolean recovered) {
  /** Copies the list so a recovery never changes. */
  public Recovery {
    missed = List.copyOf(missed);
  }
}
