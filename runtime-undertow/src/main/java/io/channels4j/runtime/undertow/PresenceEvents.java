package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import okio.BufferedSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Join and leave events of each room, batched: every interval, each node broadcasts one {@code
 * presence} frame per room whose local members changed, listing who joined and who left, or only
 * how many when more than the limit did. However many join at once, a room's members get one frame
 * per node per interval.
 */
final class PresenceEvents implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(ChannelServer.class);

  private final ServerContext context;
  private final long intervalMillis;
  private final int listUpTo;
  private final Map<String, Batch> batches = new ConcurrentHashMap<>();
  private ScheduledExecutorService timer;

  /** The changes of one room since its last frame. */
  private static final class Batch {
    final List<byte[]> joined = new ArrayList<>();
    final List<String> left = new ArrayList<>();
    int joins;
    int leaves;
  }

  /**
   * @param listUpTo the most joins and leaves one frame lists; more are only counted
   */
  PresenceEvents(ServerContext context, Duration interval, int listUpTo) {
    this.context = context;
    this.intervalMillis = interval.toMillis();
    this.listUpTo = listUpTo;
  }

  void start() {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "channels4j-presence");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(this, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  /** {@code id} joined {@code room} here: {@code user}, showing {@code meta} (null for none). */
  void joined(String room, String id, String user, byte[] meta) {
    Batch batch = batches.computeIfAbsent(room, r -> new Batch());
    synchronized (batch) {
      batch.joins++;
      if (batch.joined.size() < listUpTo) {
        batch.joined.add(PresenceValues.member(id, user, meta));
      }
    }
  }

  /** {@code id} left {@code room} here. */
  void left(String room, String id) {
    Batch batch = batches.computeIfAbsent(room, r -> new Batch());
    synchronized (batch) {
      batch.leaves++;
      if (batch.left.size() < listUpTo) {
        batch.left.add(id);
      }
    }
  }

  @Override
  public void run() {
    try {
      flush();
    } catch (RuntimeException e) {
      log.warn("Sending the presence events failed", e);
    }
  }

  /** Broadcasts one frame per room that changed since the last call. */
  void flush() {
    for (String room : List.copyOf(batches.keySet())) {
      Batch batch = batches.remove(room);
      if (batch != null) {
        byte[] frame;
        synchronized (batch) {
          frame = frame(room, batch);
        }
        context.broker.publish(room, frame);
      }
    }
  }

  /**
   * {@code {"type":"presence","room":R,"joined":[{"id","user","meta"}...],"left":[id...],
   * "count":N}}, or with {@code "joined":n,"left":m} counts when more than the limit changed.
   */
  private byte[] frame(String room, Batch batch) {
    boolean listed = batch.joins + batch.leaves <= listUpTo;
    Buffer buffer = new Buffer();
    try (JsonWriter out = JsonWriter.of(buffer)) {
      out.beginObject();
      out.name("type").value("presence");
      out.name("room").value(room);
      if (listed) {
        out.name("joined").beginArray();
        for (byte[] member : batch.joined) {
          try (BufferedSink value = out.valueSink()) {
            value.write(member);
          }
        }
        out.endArray();
        out.name("left").beginArray();
        for (String id : batch.left) {
          out.value(id);
        }
        out.endArray();
      } else {
        out.name("joined").value(batch.joins);
        out.name("left").value(batch.leaves);
      }
      out.name("count").value(context.broker.count(room));
      out.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }
}
