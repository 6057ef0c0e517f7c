package io.channels4j.runtime.internal;

import com.squareup.moshi.JsonReader;
import io.channels4j.runtime.ChannelContext;
import java.io.IOException;

/**
 * Routes the frames of one mounted channel implementation to its methods; generated as {@code
 * <Interface>Dispatcher}, a {@code switch} over the action names.
 *
 * @param <C> the channel interface
 */
public abstract class ChannelDispatcher<C> {
  /** The mounted implementation. */
  protected final C channel;

  private final Guard channelGuard;

  /**
   * Dispatches to {@code channel}.
   *
   * @param channelGuard the channel's connect permission and whole-channel throttle
   */
  protected ChannelDispatcher(C channel, Guard channelGuard) {
    this.channel = channel;
    this.channelGuard = channelGuard;
  }

  /** The channel-level guard: its permission runs at connect, its limits on every frame. */
  public final Guard channelGuard() {
    return channelGuard;
  }

  /**
   * Runs the action's checks, decodes its payload from {@code frame} and calls the implementation.
   * The runtime has already read {@code action} and {@code request_id}; the payload adapter skips
   * them as unknown names.
   *
   * @param frame a reader positioned before the frame's JSON object
   * @throws io.channels4j.runtime.ChannelException for protocol errors, such as an unknown action
   * @throws com.squareup.moshi.JsonDataException when the payload does not match its type
   */
  public abstract void dispatch(String action, JsonReader frame, ActionCall ctx) throws IOException;

  /** Runs the channel's {@code @OnJoin} method, if it has one. */
  public void onJoin(ChannelContext ctx) {}

  /** Runs the channel's {@code @OnLeave} method, if it has one. */
  public void onLeave(ChannelContext ctx) {}
}
