package io.channels4j.runtime.undertow;

import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.internal.ChannelBinding;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guards;

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

  /** A new dispatcher of the implementation; {@code moshi} includes the binding's adapters. */
  ChannelDispatcher<?> newDispatcher(Guards guards, Moshi moshi) {
    return newDispatcher(binding, implementation, guards, moshi);
  }

  private static <C> ChannelDispatcher<C> newDispatcher(
      ChannelBinding<C> binding, Object implementation, Guards guards, Moshi moshi) {
    return binding.newDispatcher(binding.channelType().cast(implementation), guards, moshi);
  }
}
