package io.channels4j.redis;

import io.channels4j.runtime.Broker.Delivery;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's broadcasts over Redis pub/sub: one pub/sub connection ({@link RedisPubSub}, sharded on a
 * cluster), subscribed to a room's channel ({@link RedisKeys#roomChannel}) once, while the node has
 * members there, whatever their number.
 *
 * <p>A message is a header, the length of the publishing node's id and that id, followed by the
 * frame. The publisher delivers its frame to its own members at once and ignores its echo; every
 * other subscribed node delivers it to its members. A message with an empty id ({@link
 * #EVERY_NODE}) is delivered by every node, the publisher included.
 *
 * <p>A subscribe or unsubscribe that fails while Redis is away is redone by {@link
 * #resubscribeIfAsked} once it is back; so is every subscription when a cluster's topology changes
 * ({@code onResubscribeNeeded} asks for that run).
 */
final class RedisSubscriptions {
  private static final Logger log = LoggerFactory.getLogger(RedisSubscriptions.class);

  /** The header of a message every node delivers, the publisher included: no node id. */
  static final byte[] EVERY_NODE = {0};

  private final RedisLink link;
  private final byte[] header;
  private final RedisKeys keys;
  private final Runnable onResubscribeNeeded;

  /** The nodes' control channel, which no room's broadcast reaches. */
  private final String controlChannel;

  private final Object subscriptionLock = new Object();
  private final Set<String> rooms = ConcurrentHashMap.newKeySet();
  private final Set<String> staleRooms = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean resubscribe = new AtomicBoolean();

  private volatile RedisPubSub pubsub;
  private volatile Delivery delivery;
  private boolean closed; // guarded by subscriptionLock

  /** Subscriptions of node {@code nodeId}; {@code onResubscribeNeeded} runs a resubscribe soon. */
  RedisSubscriptions(RedisLink link, String nodeId, Runnable onResubscribeNeeded) {
    this.link = link;
    this.onResubscribeNeeded = onResubscribeNeeded;
    byte[] id = nodeId.getBytes(StandardCharsets.US_ASCII);
    this.header = new byte[1 + id.length];
    header[0] = (byte) id.length;
    System.arraycopy(id, 0, header, 1, id.length);
    this.keys = link.keys();
    this.controlChannel = keys.controlChannel();
  }

  /** Sets where received broadcasts go; before any {@link #publish}. */
  void start(Delivery delivery) {
    this.delivery = delivery;
  }

  /**
   * Where broadcasts go.
   *
   * @throws IllegalStateException before {@link #start}
   */
  Delivery delivery() {
    Delivery target = delivery;
    if (target == null) {
      throw new IllegalStateException("publish before start");
    }
    return target;
  }

  /** Opens the pub/sub connection if not open yet; a no-op once closed. */
  void open() {
    synchronized (subscriptionLock) {
      if (pubsub != null || closed) {
        return;
      }
      RedisPubSub c =
          link.connectPubSub(
              new RedisPubSub.Listener() {
                @Override
                public void message(String channel, byte[] message) {
                  received(channel, message);
                }

                @Override
                public void resubscribeNeeded() {
                  resubscribe.set(true);
                  onResubscribeNeeded.run();
                }
              });
      pubsub = c;
      try {
        c.subscribe(List.of(controlChannel));
      } catch (RuntimeException e) {
        resubscribe.set(true); // the next heartbeat tries again
      }
    }
  }

  /** Whether the pub/sub connection is open. */
  boolean isOpen() {
    RedisPubSub c = pubsub;
    return c != null && c.isOpen();
  }

  /** Whether {@code handler} is a pub/sub connection's (as a connection event names it). */
  boolean isConnection(RedisChannelHandler<?, ?> handler) {
    RedisPubSub c = pubsub;
    return c != null && c.owns(handler);
  }

  /** Asks the next {@link #resubscribeIfAsked} to subscribe every room again. */
  void askResubscribe() {
    resubscribe.set(true);
  }

  void subscribe(String room) {
    synchronized (subscriptionLock) {
      staleRooms.remove(room);
      if (!rooms.add(room)) {
        return;
      }
      RedisPubSub c = pubsub;
      if (c == null) {
        resubscribe.set(true);
        return;
      }
      try {
        c.subscribe(List.of(keys.roomChannel(room)));
      } catch (RedisException e) {
        resubscribe.set(true);
        link.health().noteDegraded(e);
      }
    }
  }

  void unsubscribe(String room) {
    synchronized (subscriptionLock) {
      if (!rooms.remove(room)) {
        return;
      }
      RedisPubSub c = pubsub;
      if (c == null) {
        return;
      }
      try {
        c.unsubscribe(List.of(keys.roomChannel(room)));
      } catch (RedisException e) {
        // Lettuce would resubscribe it after a reconnect: unsubscribe again once back.
        staleRooms.add(room);
        resubscribe.set(true);
        link.health().noteDegraded(e);
      }
    }
  }

  /**
   * Delivers {@code frame} to this node's members and sends it to the other nodes' through Redis.
   */
  void publish(String room, byte[] frame) {
    Delivery target = delivery();
    send(keys.roomChannel(room), frame);
    // Local members are served here, not through Redis, so broadcasts work during an outage.
    target.deliver(room, frame);
  }

  /** Acts on {@code message} here and sends it to the other nodes through Redis. */
  void publishControl(byte[] message) {
    Delivery target = delivery();
    send(controlChannel, message);
    target.control(message);
  }

  /** Publishes {@code frame} on {@code channel} behind this node's id, unless Redis is away. */
  private void send(String channel, byte[] frame) {
    if (link.up()) {
      byte[] message = Arrays.copyOf(header, header.length + frame.length);
      System.arraycopy(frame, 0, message, header.length, frame.length);
      try {
        link.publish(channel, message)
            .whenComplete(
                (receivers, failure) -> {
                  if (failure != null) {
                    link.health().noteDegraded(failure);
                  }
                });
      } catch (RedisException e) {
        link.health().noteDegraded(e);
      }
    }
  }

  private void received(String channel, byte[] message) {
    Delivery target = delivery;
    boolean control = channel.equals(controlChannel);
    String room = control ? null : keys.roomOf(channel);
    if (target == null || !(control || room != null) || message.length < 1) {
      return;
    }
    int idLength = message[0] & 0xff;
    if (message.length < 1 + idLength) {
      log.debug("Ignoring a malformed message on {}", channel);
      return;
    }
    if (idLength == header.length - 1
        && Arrays.equals(message, 1, 1 + idLength, header, 1, header.length)) {
      return; // our own broadcast, already delivered locally
    }
    if (control) {
      try {
        target.control(Arrays.copyOfRange(message, 1 + idLength, message.length));
      } catch (RuntimeException e) {
        log.warn("A control message failed", e);
      }
      return;
    }
    if (!rooms.contains(room)) {
      return; // unsubscribed meanwhile
    }
    try {
      target.deliver(room, Arrays.copyOfRange(message, 1 + idLength, message.length));
    } catch (RuntimeException e) {
      log.warn("Delivering a broadcast to room {} failed", room, e);
    }
  }

  /** Subscribes every room again, and unsubscribes stale ones, if a reconnect or failure asked. */
  void resubscribeIfAsked() {
    if (resubscribe.getAndSet(false)) {
      resubscribe();
    }
  }

  private void resubscribe() {
    synchronized (subscriptionLock) {
      RedisPubSub c = pubsub;
      if (c == null) {
        resubscribe.set(true);
        return;
      }
      try {
        c.subscribe(List.of(controlChannel));
        if (!rooms.isEmpty()) {
          c.subscribe(rooms.stream().map(keys::roomChannel).toList());
        }
        if (!staleRooms.isEmpty()) {
          c.unsubscribe(staleRooms.stream().map(keys::roomChannel).toList());
          staleRooms.clear();
        }
      } catch (RuntimeException e) {
        resubscribe.set(true);
        throw e;
      }
    }
  }

  /** Closes the pub/sub connection; {@link #open} does nothing afterwards. */
  void close() {
    synchronized (subscriptionLock) {
      closed = true;
      RedisPubSub c = pubsub;
      if (c != null) {
        c.close();
      }
    }
  }
}
