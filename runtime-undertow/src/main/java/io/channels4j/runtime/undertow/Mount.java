package io.channels4j.runtime.undertow;

import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.internal.ChannelBinding;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.PathTemplate;
import io.undertow.server.HttpHandler;

/** One mounted channel implementation: its binding, dispatcher and path. */
final class Mount {
  final ChannelBinding<?> binding;
  final Object implementation;
  final ChannelDescriptor descriptor;
  final PathTemplate path;
  ChannelDispatcher<?> dispatcher;
  HttpHandler upgrade;

  Mount(ChannelBinding<?> binding, Object implementation) {
    binding.checkCompatible();
    this.binding = binding;
    this.implementation = implementation;
    this.descriptor = binding.descriptor();
    this.path = PathTemplate.parse(descriptor.path());
  }
}
