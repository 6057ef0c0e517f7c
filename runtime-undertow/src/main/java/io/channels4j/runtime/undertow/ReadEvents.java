package io.channels4j.runtime.undertow;

import org.xnio.ChannelListener;
import org.xnio.StreamConnection;
import org.xnio.conduits.ConduitStreamSourceChannel;

/**
 * Tells a connection's {@link OutboxFlusher} when the socket's read event is handled: Undertow's
 * frame reader is the socket's read listener, and runs again from a task of its own for each
 * further frame it has already read, which does not pass through here. So a frame read inside the
 * event is the first of what the socket had; one read outside it came in behind another.
 */
final class ReadEvents implements ChannelListener<ConduitStreamSourceChannel> {
  private final OutboxFlusher flusher;
  private final ChannelListener<? super ConduitStreamSourceChannel> undertow;

  private ReadEvents(
      OutboxFlusher flusher, ChannelListener<? super ConduitStreamSourceChannel> undertow) {
    this.flusher = flusher;
    this.undertow = undertow;
  }

  /** Wraps the read listener of {@code connection}, once its WebSocket channel has set it. */
  static void watch(StreamConnection connection, OutboxFlusher flusher) {
    ConduitStreamSourceChannel source = connection.getSourceChannel();
    source.setReadListener(new ReadEvents(flusher, source.getReadListener()));
  }

  @Override
  public void handleEvent(ConduitStreamSourceChannel channel) {
    flusher.readEvent(true);
    try {
      undertow.handleEvent(channel);
    } finally {
      flusher.readEvent(false);
    }
  }
}
