package io.channels4j.client;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A listener that queues what it is told, for a test to take in order. */
final class Events implements ClientListener {
  /** A close as the listener heard it. */
  record Close(int code, String reason, boolean reconnecting) {}

  /** A recovery as the listener heard it. */
  record Recovered(boolean recovered, int replayed) {}

  final BlockingQueue<ClientMessage> messages = new LinkedBlockingQueue<>();
  final BlockingQueue<ChannelError> errors = new LinkedBlockingQueue<>();
  final BlockingQueue<Boolean> opens = new LinkedBlockingQueue<>();
  final BlockingQueue<Close> closes = new LinkedBlockingQueue<>();
  final BlockingQueue<Recovered> recoveries = new LinkedBlockingQueue<>();

  @Override
  public void onMessage(ClientMessage message) {
    messages.add(message);
  }

  @Override
  public void onError(ChannelError error) {
    errors.add(error);
  }

  @Override
  public void onRecovered(boolean recovered, int replayed) {
    recoveries.add(new Recovered(recovered, replayed));
  }

  @Override
  public void onOpen(boolean reconnected) {
    opens.add(reconnected);
  }

  @Override
  public void onClose(int code, String reason, boolean reconnecting) {
    closes.add(new Close(code, reason, reconnecting));
  }

  /** The next element of {@code queue}, waiting for it up to 10 s. */
  static <T> T next(BlockingQueue<T> queue) throws InterruptedException {
    T next = queue.poll(10, TimeUnit.SECONDS);
    assertNotNull(next, "nothing arrived within 10 s");
    return next;
  }
}
