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
  private Providers providers = Providers.NONE;

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
   * Runs the action's checks, decodes its payload from {@code frame} and calls the implementation,
   * as the server's Moshi path does ({@link #guard}, {@link #read(String, JsonReader)}, {@link
   * #invoke}), which gives every frame its exact answer, errors included. The runtime has already
   * read {@code action} and {@code request_id}; the payload adapter skips them as unknown names.
   *
   * @param frame a reader positioned before the frame's JSON object
   * @throws io.channels4j.runtime.ChannelException for protocol errors, such as an unknown action
   * @throws com.squareup.moshi.JsonDataException when the payload does not match its type
   */
  public final void dispatch(String action, JsonReader frame, ActionCall ctx) throws IOException {
    guard(action).check(ctx);
    invoke(action, read(action, frame), ctx);
  }

  /**
   * The guard of {@code action}.
   *
   * @throws io.channels4j.runtime.ActionNotExist for an action the channel does not have
   * @throws io.channels4j.runtime.ActionIsDeprecated for a deprecated one
   */
  public abstract Guard guard(String action);

  /** Decodes the payload of {@code action} with its Moshi adapter; {@code null} if it has none. */
  public abstract Object read(String action, JsonReader frame) throws IOException;

  /**
   * Decodes the payload of {@code action} from the frame's bytes with its generated {@link
   * JsonCodec}, reading the whole frame ({@code null} for an action without a payload), or misses:
   * throws {@link JsonInput.Miss} for anything the Moshi path would answer otherwise, and the
   * server then runs the frame through {@link #dispatch}.
   *
   * @param frame an input after {@link JsonInput#beginFrame}
   */
  public abstract Object read(String action, JsonInput frame);

  /**
   * Calls the implementation's method of {@code action} with {@code payload}, sending its reply;
   * the action's guard has passed.
   */
  public abstract void invoke(String action, Object payload, ActionCall ctx);

  /**
   * Runs the {@code @OnText} method of a text channel with one text frame, after its guard: the
   * server calls it only for a channel whose descriptor has a text handler.
   */
  public void onText(ChannelContext ctx, String text) {
    throw new UnsupportedOperationException("not a text channel");
  }

  /**
   * Runs the {@code @OnBinary} method with one binary frame, the caller's copy, after its guard:
   * the server calls it only for a channel whose descriptor has a binary handler.
   */
  public void onBinary(ChannelContext ctx, byte[] data) {
    throw new UnsupportedOperationException("no binary handler");
  }

  /**
   * Checks, when a client connects and before the channel's permission, what the handler parameters
   * need of the connection: that its principal is of every {@code @Principal} parameter's type, and
   * that the path parameters of the {@code @OnJoin} and {@code @OnLeave} methods convert.
   *
   * @throws io.channels4j.runtime.ChannelException the error that refuses the connection
   */
  public void admit(ChannelContext ctx) {}

  /**
   * Gives the dispatcher the server's {@code @Provided} values; the server calls it once, before
   * the first connection, having checked that every type the descriptor lists is provided.
   */
  public final void provide(Providers providers) {
    this.providers = providers;
  }

  /** The provided value of {@code type}, for a {@code @Provided} parameter. */
  protected final <T> T provided(Class<T> type) {
    return providers.get(type);
  }

  /** Runs the channel's {@code @OnJoin} method, if it has one. */
  public void onJoin(ChannelContext ctx) {}

  /** Runs the channel's {@code @OnLeave} method, if it has one. */
  public void onLeave(ChannelContext ctx) {}
}
