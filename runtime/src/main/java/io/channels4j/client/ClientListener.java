package io.channels4j.client;

/**
 * What a client is told besides the answers to its requests. Every method runs on the client's
 * receiving thread, one call after the other, in the order the frames came: a method must not block
 * on a reply of the same client (its frame would wait behind the method).
 */
public interface ClientListener {
  /**
   * A frame the server pushed: a broadcast, a {@code ctx.reply}, a message of a {@code ?since=}
   * replay. Decode it with the generated client's {@code as<Type>} helpers.
   */
  default void onMessage(ClientMessage message) {}

  /**
   * An error frame that answers no pending request: a connect check that refused the client (then
   * the close follows), an error of a frame sent with {@code send}, a limit hit by such a frame.
   */
  default void onError(ChannelError error) {}

  /**
   * The server's answer to a {@code ?since=} reconnect, after it replayed {@code replayed}
   * messages; {@code recovered} is false when older messages than those kept may have been missed.
   */
  default void onRecovered(boolean recovered, int replayed) {}

  /** The socket opened; {@code reconnected} after a reconnect. */
  default void onOpen(boolean reconnected) {}

  /**
   * The socket closed with {@code code}; {@code reconnecting} when the client will try again (see
   * {@link ClientOptions.Builder#reconnect}).
   */
  default void onClose(int code, String reason, boolean reconnecting) {}
}
