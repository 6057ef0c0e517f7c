package io.channels4j.client;

import io.channels4j.runtime.internal.JsonOutput;

/**
 * A page of a room's history to ask for with the {@code history} action: the newest messages, or
 * those before or after an id.
 *
 * @param limit the page size, 1 to 100
 * @param before an id: the newest messages older than it; or {@code null}
 * @param after an id: the oldest messages newer than it ({@code "0-0"} for the oldest kept); or
 *     {@code null}
 */
public record HistoryQuery(int limit, String before, String after) {
  /** Checks the limit, and that at most one cursor is given. */
  public HistoryQuery {
    if (limit < 1 || limit > 100) {
      throw new IllegalArgumentException("A page holds 1 to 100 messages, not " + limit);
    }
    if (before != null && after != null) {
      throw new IllegalArgumentException("Give either before or after, not both");
    }
  }

  /** The newest {@code limit} messages. */
  public static HistoryQuery latest(int limit) {
    return new HistoryQuery(limit, null, null);
  }

  /** The newest {@code limit} messages older than {@code id}: the next page back. */
  public static HistoryQuery before(String id, int limit) {
    return new HistoryQuery(limit, id, null);
  }

  /** The oldest {@code limit} messages newer than {@code id}. */
  public static HistoryQuery after(String id, int limit) {
    return new HistoryQuery(limit, null, id);
  }

  /** Writes the action's payload. */
  static void write(JsonOutput out, HistoryQuery query) {
    out.beginObject();
    out.name("limit");
    out.value(query.limit);
    if (query.before != null) {
      out.name("before");
      out.value(query.before);
    }
    if (query.after != null) {
      out.name("after");
      out.value(query.after);
    }
    out.endObject();
  }
}
