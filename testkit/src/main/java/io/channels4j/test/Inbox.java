package io.channels4j.test;

import io.channels4j.client.ChannelError;
import io.channels4j.client.ClientMessage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.opentest4j.AssertionFailedError;

/**
 * What a client was sent, in the order it came: messages, error frames, the close. A test takes
 * them one by one, each of the kind it expects, and fails with what came instead.
 */
final class Inbox {
  private final Deque<Object> events = new ArrayDeque<>(); // guarded by this
  private final String owner;
  private final Duration timeout;

  /** An inbox of {@code owner}, such as {@code "client 2"}. */
  Inbox(String owner, Duration timeout) {
    this.owner = owner;
    this.timeout = timeout;
  }

  /** Called on the client's receiving thread. */
  synchronized void add(Object event) {
    events.add(event);
    notifyAll();
  }

  /** The next event, which must be a {@code kind}, {@code what} in a failure's words. */
  /** The end of the connection, which must come next and have {@code code}. */
  Closed assertClosed(int code) {
    Closed closed = next(Closed.class, "close");
    if (closed.code() != code) {
      throw new AssertionFailedError(
          this + ": expected the close " + code + ", got " + closed, code, closed.code());
    }
    return closed;
  }

  <E> E next(Class<E> kind, String what) {
    Object event = take(any -> true, what);
    if (!kind.isInstance(event)) {
      throw new AssertionFailedError(
          owner + ": expected " + what + ", but " + describe(event) + " came first");
    }
    return kind.cast(event);
  }

  /**
   * The first event that is {@code wanted}, taken out from among those before it, which stay; fails
   * at once if the connection closed before it.
   */
  synchronized Object take(Predicate<Object> wanted, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (Iterator<Object> it = events.iterator(); it.hasNext(); ) {
        Object event = it.next();
        if (wanted.test(event)) {
          it.remove();
          return event;
        }
        if (event instanceof Closed closed) {
          throw new AssertionFailedError(owner + ": " + closed + " came before " + what);
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionFailedError(
            owner + ": no " + what + " arrived within " + timeout.toMillis() + " ms");
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionFailedError(owner + ": interrupted while waiting for " + what, e);
      }
    }
  }

  /** Fails, listing them, if any events are left unread; after a fence they all came. */
  synchronized void assertEmpty() {
    if (!events.isEmpty()) {
      List<String> left = events.stream().map(Inbox::describe).toList();
      events.clear();
      throw new AssertionFailedError(
          owner + ": expected nothing more, but was sent " + String.join(", then ", left));
    }
  }

  @Override
  public String toString() {
    return owner;
  }

  static String describe(Object event) {
    if (event instanceof ClientMessage message) {
      return "the message " + message.text();
    }
    if (event instanceof ChannelError error) {
      return "the error frame " + error.frame();
    }
    if (event instanceof String text) {
      return "the text frame " + text;
    }
    if (event instanceof byte[] binary) {
      return "a binary frame of " + binary.length + " bytes, " + HexFormat.of().formatHex(binary);
    }
    return event.toString();
  }
}
