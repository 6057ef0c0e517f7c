package io.channels4j.runtime.undertow;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.FrameNames;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.ResponseEnvelope;
import io.channels4j.runtime.undertow.frame.DefaultResponses;
import io.channels4j.runtime.undertow.frame.FrameCodecs;
import io.undertow.server.HttpHandler;
import java.util.Set;
import java.util.stream.Collectors;

/** One channel mounted on one server: its path, dispatcher and upgrade handler. */
final class Mount {
  final ChannelDescriptor descriptor;
  final PathTemplate path;
  final ChannelDispatcher<?> dispatcher;
  final HttpHandler upgrade;

  /** The names of the client frame's members, for the fast path. */
  final FrameNames names;

  /** Where a frame's payload is, for the Moshi path. */
  final PayloadMember payload;

  /** The writer of the channel's response, acknowledgement and error frames. */
  final ResponseEnvelope responses;

  /** The channel's action names, for the fast path to read a frame's action as one of them. */
  final JsonNames actions;

  /** The names of the actions that never block, which run on the connection's I/O thread. */
  final Set<String> nonBlocking;

  /**
   * Whether clients may choose the {@code msgpack} subprotocol: the channel's text frames are JSON
   * actions and it has no binary frames of its own, which would be told from MessagePack ones.
   */
  final boolean messagePack;

  /**
   * @param responses the channel's generated response envelope, or {@code null} for the default
   *     frames
   */
  Mount(
      ChannelDescriptor descriptor,
      ResponseEnvelope responses,
      ChannelDispatcher<?> dispatcher,
      HttpHandler upgrade) {
    this.descriptor = descriptor;
    this.path = PathTemplate.parse(descriptor.path());
    this.dispatcher = dispatcher;
    this.upgrade = upgrade;
    this.names = FrameNames.of(descriptor.envelope());
    this.payload = new PayloadMember(descriptor);
    this.responses = responses != null ? responses : new DefaultResponses(descriptor.envelope());
    this.actions = FrameCodecs.actionNames(descriptor);
    this.nonBlocking =
        descriptor.actions().stream()
            .filter(ActionDescriptor::nonBlocking)
            .map(ActionDescriptor::name)
            .collect(Collectors.toUnmodifiableSet());
    this.messagePack =
        !descriptor.relay()
            && descriptor.textHandler().isEmpty()
            && descriptor.binaryHandler().isEmpty()
            && !descriptor.relayBinary();
  }
}
