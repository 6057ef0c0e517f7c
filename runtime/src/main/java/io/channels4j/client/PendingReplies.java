package io.channels4j.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests of one client that await their answer, by {@code request_id}: each is completed by
 * the response or error frame that echoes its id, or fails when its timeout passes or the socket
 * closes.
 */
final class PendingReplies {
  private final Map<Long, Pending<?>> pending = new ConcurrentHashMap<>();

  /**
   * The last id handed out. Ids start at 2, since the server answers with {@code request_id} 1 what
   * answers no request of the client's (the connect checks, a recovery).
   */
  private final AtomicLong ids = new AtomicLong(1);

  /** A fresh {@code request_id}. */
  long nextId() {
    return ids.incrementAndGet();
  }

  /**
   * The answer to request {@code id}: its {@code data} read by {@code decoder}, or {@code null} (an
   * acknowledgement, when {@code decoder} is {@code null}); fails with a timeout after {@code
   * timeout}.
   */
  <R> CompletableFuture<R> await(long id, Decoder<R> decoder, Duration timeout) {
    CompletableFuture<R> answer = new CompletableFuture<>();
    pending.put(id, new Pending<>(answer, decoder));
    answer.orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
    answer.whenComplete((value, failure) -> pending.remove(id));
    return answer;
  }

  /** Completes the request {@code frame} answers; false if none awaits it. */
  boolean answer(ServerFrame frame) {
    Pending<?> request = pending.remove(frame.requestId());
    if (request == null) {
      return false;
    }
    request.complete(frame);
    return true;
  }

  /** Fails every pending request with {@code failure}. */
  void failAll(RuntimeException failure) {
    for (Pending<?> request : List.copyOf(pending.values())) {
      request.answer().completeExceptionally(failure);
    }
  }

  private record Pending<R>(CompletableFuture<R> answer, Decoder<R> decoder) {
    void complete(ServerFrame frame) {
      if (frame.isError()) {
        answer.completeExceptionally(new ChannelError(frame));
      } else if (decoder == null || frame.data() == null) {
        answer.complete(null);
      } else {
        try {
          answer.complete(ClientMessage.decode(frame.data(), decoder));
        } catch (IllegalArgumentException undecodable) {
          answer.completeExceptionally(undecodable);
        }
      }
    }
  }
}
