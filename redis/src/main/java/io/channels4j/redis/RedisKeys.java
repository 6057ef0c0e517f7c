package io.channels4j.redis;

/**
 * The names of the keys and channels under a link's prefix.
 *
 * <p>On a standalone Redis a room's keys are {@code <prefix>members:<room>}, {@code nodes:}, {@code
 * presence:} and {@code history:}, its channel {@code <prefix>room:<room>}. On a Redis Cluster they
 * all carry the room's hash tag, {@code <prefix>{room:<room>}:members} and so on, the channel
 * {@code <prefix>{room:<room>}}: one slot holds everything of a room, so its scripts are atomic and
 * may publish to its channel. The tag starts with {@code room:} so that it is never empty, whatever
 * the room's name (Redis reads a tag up to the first closing brace); the schedules share the tag
 * {@code {schedule}}. A node's heartbeat and a limiter's log are one key each, in whichever slot.
 */
final class RedisKeys {
  private final String prefix;
  private final boolean cluster;

  /** What a room's channel starts and ends with around the room: read for every message. */
  private final String channelStart;

  private final String channelEnd;

  RedisKeys(String prefix, boolean cluster) {
    this.prefix = prefix;
    this.cluster = cluster;
    this.channelStart = cluster ? prefix + "{room:" : prefix + "room:";
    this.channelEnd = cluster ? "}" : "";
  }

  /** The {@code kind} key of {@code room}: {@code members}, {@code nodes}, and so on. */
  String room(String kind, String room) {
    return cluster ? prefix + "{room:" + room + "}:" + kind : prefix + kind + ":" + room;
  }

  /** The pub/sub channel of {@code room}. */
  String roomChannel(String room) {
    return channelStart + room + channelEnd;
  }

  /** The room whose channel {@code channel} is, or null if it is no room's. */
  String roomOf(String channel) {
    if (!channel.startsWith(channelStart)
        || !channel.endsWith(channelEnd)
        || channel.length() < channelStart.length() + channelEnd.length()) {
      return null;
    }
    return channel.substring(channelStart.length(), channel.length() - channelEnd.length());
  }

  /** The nodes' control channel, which no room's channel can be. */
  String controlChannel() {
    return cluster ? prefix + "{control}" : prefix + "control";
  }

  /** The sorted set of scheduled task ids by due time. */
  String scheduleDue() {
    return schedule() + "due";
  }

  /** The prefix of a scheduled task's hash, followed by its id. */
  String taskPrefix() {
    return schedule() + "task:";
  }

  private String schedule() {
    return cluster ? prefix + "{schedule}:" : prefix + "schedule:";
  }

  /** A node's heartbeat key. */
  String heartbeat(String node) {
    return prefix + "node:" + node;
  }

  /** The hit log of a rate limit's key. */
  String limit(String key) {
    return prefix + "limit:" + key;
  }
}
