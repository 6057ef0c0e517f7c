package io.channels4j.runtime.undertow;

import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.ProvidedValue;
import io.channels4j.runtime.internal.ChannelBinding;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.Providers;
import java.util.Set;

/**
 * A channel implementation the builder was asked to mount, with its generated binding; each server
 * started from the builder makes its own {@link Mount} of it.
 */
record MountRequest(ChannelBinding<?> binding, Object implementation) {
  /** Refuses, naming both versions, a binding generated for another generated-code version. */
  MountRequest {
    binding.checkCompatible();
  }

  ChannelDescriptor descriptor() {
    return binding.descriptor();
  }

  /**
   * Refuses to start a channel a method of which takes a {@code @Provided} type that is not in
   * {@code provided}, naming the channel, the method and the type.
   */
  void checkProvided(Set<Class<?>> provided) {
    for (ProvidedValue value : descriptor().provided()) {
      if (!provided.contains(value.type())) {
        String type = value.type().getName();
        throw new IllegalStateException(
            "Channel "
                + binding.channelType().getName()
                + " ("
                + descriptor().path()
                + "): "
                + value.method()
                + "() takes a @Provided "
                + type
                + ", but none was provided; call provide("
                + type
                + ".class, value) on the builder before start()");
      }
    }
  }

  /**
   * A new dispatcher of the implementation, with {@code providers}; {@code moshi} includes the
   * binding's adapters.
   */
  ChannelDispatcher<?> newDispatcher(Guards guards, Moshi moshi, Providers providers) {
    ChannelDispatcher<?> dispatcher = newDispatcher(binding, implementation, guards, moshi);
    dispatcher.provide(providers);
    return dispatcher;
  }

  private static <C> ChannelDispatcher<C> newDispatcher(
      ChannelBinding<C> binding, Object implementation, Guards guards, Moshi moshi) {
    return binding.newDispatcher(binding.channelType().cast(implementation), guards, moshi);
  }
}
