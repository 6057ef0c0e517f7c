package io.channels4j.runtime.memory;

import io.channels4j.runtime.HistoryEntry;
import io.channels4j.runtime.HistoryId;
import io.channels4j.runtime.HistoryPage;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.Recovery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The rooms' histories on one node: per room, the newest messages by id, trimmed to the policy's
 * size on every append and to its age on every append and read.
 */
final class MemoryHistory {
  private final ConcurrentHashMap<String, Room> rooms = new ConcurrentHashMap<>();
  private final LongSupplier clock;

  MemoryHistory(LongSupplier clock) {
    this.clock = clock;
  }

  /**
   * Stores {@code message} and hands the stamped entry to {@code deliver} under the room's lock.
   */
  HistoryId append(
      String room, byte[] message, HistoryPolicy policy, Consumer<HistoryEntry> deliver) {
    HistoryEntry.requireObject(message);
    Room history = rooms.computeIfAbsent(room, key -> new Room());
    synchronized (history) {
      long now = clock.getAsLong();
      HistoryId id = history.last == null ? new HistoryId(now, 0) : history.last.next(now);
      HistoryEntry entry = HistoryEntry.stamped(id, message);
      history.last = id;
      history.entries.put(id, entry);
      while (history.entries.size() > policy.size()) {
        history.entries.pollFirstEntry();
      }
      history.expire(policy, now);
      // Delivering under the lock keeps delivery order and id order the same.
      deliver.accept(entry);
      return id;
    }
  }

  HistoryPage before(String room, HistoryPolicy policy, HistoryId before, int limit) {
    return read(
        room,
        policy,
        entries -> {
          NavigableMap<HistoryId, HistoryEntry> older =
              before == null ? entries : entries.headMap(before, false);
          List<HistoryEntry> page = take(older.descendingMap(), limit);
          boolean more = page.size() > limit;
          page = new ArrayList<>(page.subList(0, Math.min(limit, page.size())));
          Collections.reverse(page);
          return new HistoryPage(page, more);
        });
  }

  HistoryPage after(String room, HistoryPolicy policy, HistoryId after, int limit) {
    return read(
        room,
        policy,
        entries -> {
          List<HistoryEntry> page = take(entries.tailMap(after, false), limit);
          boolean more = page.size() > limit;
          return new HistoryPage(page.subList(0, Math.min(limit, page.size())), more);
        });
  }

  Recovery since(String room, HistoryPolicy policy, HistoryId last) {
    return read(
        room,
        policy,
        entries ->
            new Recovery(
                new ArrayList<>(entries.tailMap(last, false).values()),
                !entries.isEmpty() && entries.firstKey().compareTo(last) <= 0));
  }

  private <T> T read(
      String room, HistoryPolicy policy, Function<NavigableMap<HistoryId, HistoryEntry>, T> query) {
    Room history = rooms.get(room);
    if (history == null) {
      return query.apply(new TreeMap<>()); // never written: reading must not create it
    }
    synchronized (history) {
      history.expire(policy, clock.getAsLong());
      return query.apply(history.entries);
    }
  }

  /** The first {@code limit + 1} entries, so the caller can tell whether there are more. */
  private static List<HistoryEntry> take(Map<HistoryId, HistoryEntry> entries, int limit) {
    List<HistoryEntry> page = new ArrayList<>();
    for (HistoryEntry entry : entries.values()) {
      if (page.size() > limit) {
        break;
      }
      page.add(entry);
    }
    return page;
  }

  void clear() {
    rooms.clear();
  }

  /** One room's history; guarded by its own monitor. */
  private static final class Room {
    final TreeMap<HistoryId, HistoryEntry> entries = new TreeMap<>();
    HistoryId last;

    void expire(HistoryPolicy policy, long now) {
      if (policy.ttlMillis() > 0) {
        entries.headMap(new HistoryId(Math.max(0, now - policy.ttlMillis()), 0), false).clear();
      }
    }
  }
}
