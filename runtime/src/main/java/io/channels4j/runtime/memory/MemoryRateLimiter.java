package io.channels4j.runtime.memory;

import io.channels4j.runtime.RateLimiter;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The single-node rate limiter: a sliding log of the last {@code times} hits per key.
 *
 * <p>A hit is allowed when fewer than {@code times} hits fall within the last window, so no burst
 * gets through at a window's edge. Keys idle for longer than their window are swept, so the
 * limiter's memory follows the active keys, not every key ever seen.
 */
public final class MemoryRateLimiter implements RateLimiter {
  private static final int SWEEP_EVERY = 4096;

  private final ConcurrentHashMap<String, HitLog> logs = new ConcurrentHashMap<>();
  private final LongSupplier clockMillis;
  private int hitsSinceSweep;

  /** A limiter on the system clock. */
  public MemoryRateLimiter() {
    this(System::currentTimeMillis);
  }

  /** A limiter on the given clock, in milliseconds; for tests. */
  public MemoryRateLimiter(LongSupplier clockMillis) {
    this.clockMillis = clockMillis;
  }

  @Override
  public long acquire(String key, int times, long windowMillis) {
    long now = clockMillis.getAsLong();
    HitLog log = logs.computeIfAbsent(key, k -> new HitLog(times, windowMillis));
    long wait = log.acquire(now);
    if (++hitsSinceSweep >= SWEEP_EVERY) { // racy counter: an approximate cadence is enough
      hitsSinceSweep = 0;
      sweep(now);
    }
    return wait;
  }

  private void sweep(long now) {
    for (Iterator<HitLog> it = logs.values().iterator(); it.hasNext(); ) {
      if (it.next().idleSince(now)) {
        it.remove();
      }
    }
  }

  /** The last {@code times} hits of one key, oldest first, in a ring. */
  private static final class HitLog {
    private final long[] hits;
    private final long windowMillis;
    private int oldest;
    private int size;

    HitLog(int times, long windowMillis) {
      this.hits = new long[times];
      this.windowMillis = windowMillis;
    }

    synchronized long acquire(long now) {
      if (size < hits.length) {
        hits[(oldest + size++) % hits.length] = now;
        return 0;
      }
      long allowedAt = hits[oldest] + windowMillis;
      if (allowedAt > now) {
        return allowedAt - now;
      }
      hits[oldest] = now;
      oldest = (oldest + 1) % hits.length;
      return 0;
    }

    synchronized boolean idleSince(long now) {
      int newest = (oldest + size - 1) % hits.length;
      return size == 0 || hits[newest] + windowMillis <= now;
    }
  }
}
