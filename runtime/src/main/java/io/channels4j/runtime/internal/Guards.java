package io.channels4j.runtime.internal;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;

/** Builds guards from descriptors; provided by the server, which owns the limiter and policy. */
public interface Guards {
  /** The guard of the channel: connect permission and whole-channel limits. */
  Guard channel(ChannelDescriptor channel, PermissionRule permission);

  /** The guard of one action. */
  Guard action(ChannelDescriptor channel, ActionDescriptor action, PermissionRule permission);
}
