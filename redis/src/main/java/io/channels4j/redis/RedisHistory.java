package io.channels4j.redis;

import io.channels4j.runtime.Broker.Delivery;
import io.channels4j.runtime.HistoryEntry;
import io.channels4j.runtime.HistoryId;
import io.channels4j.runtime.HistoryPage;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.Recovery;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Room histories in Redis Streams ({@link RedisKeys#room} {@code history}).
 *
 * <p>A Lua script adds each message to the stream and publishes it with its stream id, so the ids
 * and the order of deliveries agree on every node; such messages are published with an empty node
 * tag ({@link RedisSubscriptions#EVERY_NODE}), and the publishing node delivers them to its own
 * members from its subscription too, in that same order. Without Redis a message is neither kept
 * nor numbered, and the history can't be read.
 */
final class RedisHistory {
  private final RedisLink link;
  private volatile boolean closed;

  RedisHistory(RedisLink link) {
    this.link = link;
  }

  /**
   * Keeps {@code message} in the room's stream and publishes it with its id; while Redis is
   * unreachable, delivers it to {@code target} (this node's members) as it is instead.
   *
   * @return the message's id, or null when it could not be kept
   */
  HistoryId publish(String room, byte[] message, HistoryPolicy policy, Delivery target) {
    if (link.up() && !closed) {
      try {
        byte[] id =
            link.eval(
                Scripts.PUBLISH_KEPT,
                ScriptOutputType.VALUE,
                new String[] {historyKey(room), link.keys().roomChannel(room)},
                RedisSubscriptions.EVERY_NODE,
                message,
                ascii(Integer.toString(policy.size())),
                ascii(Long.toString(policy.ttlMillis())),
                ascii(link.publishCommand()));
        return HistoryId.parse(new String(id, StandardCharsets.US_ASCII));
      } catch (RedisException | IllegalStateException e) {
        link.health().noteDegraded(e);
      }
    }
    // Without Redis the message can be neither kept nor numbered: local members get it as it is.
    target.deliver(room, message);
    return null;
  }

  HistoryPage before(String room, HistoryPolicy policy, HistoryId before, int limit) {
    List<HistoryEntry> newestFirst =
        readHistory(room, policy, "before", before == null ? "" : before.toString(), limit + 1)
            .entries();
    List<HistoryEntry> page =
        new ArrayList<>(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    Collections.reverse(page);
    return new HistoryPage(page, newestFirst.size() > limit);
  }

  HistoryPage after(String room, HistoryPolicy policy, HistoryId after, int limit) {
    List<HistoryEntry> entries =
        readHistory(room, policy, "after", after.toString(), limit + 1).entries();
    return new HistoryPage(
        entries.subList(0, Math.min(limit, entries.size())), entries.size() > limit);
  }

  Recovery since(String room, HistoryPolicy policy, HistoryId last) {
    HistoryRead read = readHistory(room, policy, "since", last.toString(), 0);
    return new Recovery(read.entries(), read.flag());
  }

  /** What {@link Scripts#READ_HISTORY} returned: entries in the script's order, and its flag. */
  private record HistoryRead(List<HistoryEntry> entries, boolean flag) {}

  /**
   * Runs {@link Scripts#READ_HISTORY}.
   *
   * @throws IllegalStateException if Redis can't be reached
   */
  private HistoryRead readHistory(
      String room, HistoryPolicy policy, String mode, String cursor, int count) {
    if (closed || !link.up()) {
      throw new IllegalStateException("History of " + room + " unreadable: Redis unreachable");
    }
    List<Object> reply;
    try {
      reply =
          link.eval(
              Scripts.READ_HISTORY,
              ScriptOutputType.MULTI,
              new String[] {historyKey(room)},
              ascii(Long.toString(policy.ttlMillis())),
              ascii(mode),
              ascii(cursor),
              ascii(Integer.toString(count)));
    } catch (RedisException e) {
      link.health().noteDegraded(e);
      throw new IllegalStateException("History of " + room + " unreadable: " + e.getMessage(), e);
    }
    List<HistoryEntry> entries = new ArrayList<>(reply.size() / 2);
    for (int i = 1; i + 1 < reply.size(); i += 2) {
      HistoryId id = HistoryId.parse(new String((byte[]) reply.get(i), StandardCharsets.US_ASCII));
      entries.add(HistoryEntry.stamped(id, (byte[]) reply.get(i + 1)));
    }
    return new HistoryRead(entries, ((Long) reply.get(0)) == 1);
  }

  private String historyKey(String room) {
    return link.keys().room("history", room);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** Stops using Redis: publishes reach local members only, reads fail. */
  void close() {
    closed = true;
  }
}
