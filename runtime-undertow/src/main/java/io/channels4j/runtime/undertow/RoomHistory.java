package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonReader;
import io.channels4j.runtime.HistoryEntry;
import io.channels4j.runtime.HistoryId;
import io.channels4j.runtime.HistoryPage;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.Recovery;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's side of its history room: the built-in {@code history} action, and the replay of
 * what it missed when it reconnects with {@code ?since=}.
 *
 * <p>While replaying, live broadcasts to the connection are held back; afterwards the held frames
 * whose ids the replay already sent are dropped and the rest go out in order, so the client sees
 * every message once, oldest first, with no gap between the replay and the live stream. A message
 * stored before the replay read the history may still be on its way to this node (Redis pub/sub is
 * not instant), so live frames are checked against the replay until a newer one arrives.
 */
final class RoomHistory {
  private static final Logger log = LoggerFactory.getLogger(ChannelServer.class);

  private final Connection connection;
  private final HistoryPolicy policy;
  private final List<ByteBuffer> held = new ArrayList<>();
  private boolean holding;

  /** The newest id the replay sent, while live frames may still repeat it; else null. */
  private HistoryId replayedUpTo;

  /**
   * @param recovering whether the connection will replay what it missed, so live frames must be
   *     held from the moment it joins its room
   */
  RoomHistory(Connection connection, HistoryPolicy policy, boolean recovering) {
    this.connection = connection;
    this.policy = policy;
    this.holding = recovering;
  }

  /**
   * Takes a live frame that must not be sent now: held back while the replay runs, or dropped
   * because the replay sent it already. Returns {@code false} for a frame to send as usual.
   */
  synchronized boolean intercept(ByteBuffer frame) {
    if (holding) {
      held.add(frame);
      return true;
    }
    if (replayedUpTo == null) {
      return false;
    }
    HistoryId id = HistoryId.ofFrame(frame);
    if (id == null) {
      return false;
    }
    if (id.compareTo(replayedUpTo) <= 0) {
      return true;
    }
    replayedUpTo = null; // live frames come in id order: none after this one was replayed
    return false;
  }

  /**
   * Sends the messages after {@code since} (a client's last id), then the {@code recover} answer,
   * then the live frames held meanwhile that are newer than the replay.
   */
  void recover(String since) {
    HistoryId last;
    try {
      last = HistoryId.parse(since);
    } catch (IllegalArgumentException e) {
      // Nothing to compare with: the client is told so, and gets the live frames held meanwhile.
      connection.send(ByteBuffer.wrap(HistoryProtocol.recovered(connection.responses, false, 0)));
      release(null);
      return;
    }
    boolean recovered = false;
    int count = 0;
    try {
      Recovery recovery = connection.server.broker.since(room(), policy, last);
      for (HistoryEntry entry : recovery.missed()) {
        connection.send(ByteBuffer.wrap(entry.frame()));
        last = entry.id();
      }
      recovered = recovery.recovered();
      count = recovery.missed().size();
    } catch (RuntimeException e) {
      if (connection.server.broker.healthy()) {
        log.warn("Could not recover the history of {} for connection {}", room(), connection.id, e);
      } else {
        // The broker logs its outage once; every client reconnecting through it must not.
        log.debug(
            "No history of {} for connection {}: the broker is unreachable", room(), connection.id);
      }
    }
    connection.send(
        ByteBuffer.wrap(HistoryProtocol.recovered(connection.responses, recovered, count)));
    release(last);
  }

  /** Sends the held frames newer than {@code last} (all of them if null) and stops holding. */
  private synchronized void release(HistoryId last) {
    // Under the lock, so that no live frame can overtake the held ones.
    for (ByteBuffer frame : held) {
      HistoryId id = HistoryId.ofFrame(frame);
      if (last == null || id == null || id.compareTo(last) > 0) {
        connection.send(frame);
      }
    }
    held.clear();
    holding = false;
    replayedUpTo = last;
  }

  /**
   * Answers the built-in {@code history} action.
   *
   * @param frame the request's members, or {@code null} for a frame without its payload member,
   *     which asks for the newest page
   */
  void answer(JsonReader frame, long requestId) throws IOException {
    HistoryProtocol.Request request =
        frame != null ? HistoryProtocol.read(frame) : HistoryProtocol.NEWEST;
    HistoryPage page =
        request.forward()
            ? connection.server.broker.after(room(), policy, request.after(), request.limit())
            : connection.server.broker.before(room(), policy, request.before(), request.limit());
    connection.send(
        ByteBuffer.wrap(
            HistoryProtocol.page(connection.responses, requestId, page, request.forward())));
  }

  private String room() {
    return connection.handshake.room();
  }
}
