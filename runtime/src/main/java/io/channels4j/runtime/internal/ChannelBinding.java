package io.channels4j.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ChannelDescriptor;

/**
 * Everything the runtime needs to serve one {@code @Channel} interface, generated as {@code
 * <Interface>Binding} and registered in {@code META-INF/services}.
 *
 * <p>The server loads the bindings with {@link java.util.ServiceLoader} once, when an
 * implementation is mounted, and picks the one whose {@link #channelType()} the implementation
 * implements. From then on frames go straight to the dispatcher.
 *
 * @param <C> the channel interface
 */
public abstract class ChannelBinding<C> {
  private final Class<C> channelType;
  private final ChannelDescriptor descriptor;

  /** Binds {@code channelType}, described by {@code descriptor}. */
  protected ChannelBinding(Class<C> channelType, ChannelDescriptor descriptor) {
    this.channelType = channelType;
    this.descriptor = descriptor;
  }

  /** The channel interface. */
  public final Class<C> channelType() {
    return channelType;
  }

  /** The channel's path, room, actions, permissions and limits. */
  public final ChannelDescriptor descriptor() {
    return descriptor;
  }

  /** The generated adapters of the channel's payload, reply and message types. */
  public abstract JsonAdapter.Factory jsonAdapterFactory();

  /**
   * Makes the dispatcher of one mounted implementation; called once per mount.
   *
   * @param moshi a Moshi that includes {@link #jsonAdapterFactory()}
   */
  public abstract ChannelDispatcher<C> newDispatcher(C channel, Guards guards, Moshi moshi);
}
