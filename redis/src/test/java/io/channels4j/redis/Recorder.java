package io.channels4j.redis;

import io.channels4j.runtime.Broker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A {@link Broker.Delivery} that records what it is handed, as {@code room|text}. */
final class Recorder implements Broker.Delivery {
  private final List<String> delivered = new ArrayList<>();

  @Override
  public synchronized void deliver(String room, byte[] frame) {
    delivered.add(room + "|" + new String(frame, StandardCharsets.UTF_8));
    notifyAll();
  }

  @Override
  public synchronized void control(byte[] message) {
    delivered.add("control|" + new String(message, StandardCharsets.UTF_8));
    notifyAll();
  }

  /** Everything delivered so far, in order. */
  synchronized List<String> all() {
    return List.copyOf(delivered);
  }

  /** Everything delivered so far except fences. */
  synchronized List<String> withoutFences() {
    return delivered.stream().filter(s -> !s.contains("|fence-")).toList();
  }

  /** Waits up to 10 s until {@code condition} holds for what was delivered; fails otherwise. */
  synchronized void await(Predicate<List<String>> condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.test(delivered)) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        throw new AssertionError("Timed out waiting for " + what + "; delivered: " + delivered);
      }
      try {
        wait(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Waits until {@code text} was delivered to {@code room}. */
  void awaitFrame(String room, String text) {
    await(l -> l.contains(room + "|" + text), room + "|" + text);
  }
}
