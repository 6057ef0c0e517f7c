package com.example;

import io.channels4j.client.ChannelClient;
import io.channels4j.client.ClientOptions;
import io.channels4j.runtime.internal.JsonScalars;
import java.net.URI;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * A typed client of {@link Uploads}, the channel at {@link #PATH}: a method per action,
 * answered by the server's replies, over {@link ChannelClient}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class UploadsClient {
  /**
   * The channel's path; {@link #connect} fills its parameters.
   */
  public static final String PATH = "/uploads";

  private final ChannelClient client;

  private UploadsClient(ChannelClient client) {
    this.client = client;
  }

  /**
   * Connects to the channel on {@code server} ({@code ws://host:port}); completes once the socket
   * is open.
   */
  public static CompletionStage<UploadsClient> connect(URI server, ClientOptions options) {
    return ChannelClient.connect(server, ChannelClient.path(PATH), false, options)
        .thenApply(UploadsClient::new);
  }

  /**
   * {@link Uploads#size}: completes with its reply.
   */
  public CompletionStage<Long> size() {
    return client.request("size", JsonScalars.LONG::read);
  }

  /**
   * The connection under this client: {@code close()} it (it is {@code AutoCloseable}), ask
   * whether it {@code isOpen()}, read its {@code lastId()}. The client has no lifecycle
   * methods of its own, so that any action, {@code close} too, can have its name.
   */
  public ChannelClient connection() {
    return client;
  }
}
