package io.channels4j.runtime;

import java.util.List;

/**
 * A page of a room's history, oldest message first.
 *
 * @param entries the messages
 * @param more whether the history holds further messages in the direction that was asked for
 */
public record HistoryPage(List<HistoryEntry> entries, boolean more) {
  /** Copies the list so a page never changes. */
  public HistoryPage {
    entries = List.copyOf(entries);
  }
}
