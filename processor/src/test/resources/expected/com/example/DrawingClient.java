package com.example;

import io.channels4j.client.ChannelClient;
import io.channels4j.client.ClientMessage;
import io.channels4j.client.ClientOptions;
import java.net.URI;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * A typed client of {@link Drawing}, the channel at {@link #PATH}: a method per action,
 * answered by the server's replies, over {@link ChannelClient}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class DrawingClient {
  /**
   * The channel's path; {@link #connect} fills its parameters.
   */
  public static final String PATH = "/drawing";

  private final ChannelClient client;

  private DrawingClient(ChannelClient client) {
    this.client = client;
  }

  /**
   * Connects to the channel on {@code server} ({@code ws://host:port}); completes once the socket
   * is open.
   */
  public static CompletionStage<DrawingClient> connect(URI server, ClientOptions options) {
    return ChannelClient.connect(server, ChannelClient.path(PATH), false, options)
        .thenApply(DrawingClient::new);
  }

  /**
   * {@link Drawing#draw}: completes with its reply.
   */
  public CompletionStage<Shape> draw(Shape shape) {
    return client.request("draw", ShapeJsonCodec.INSTANCE::write, shape,
        ShapeJsonCodec.INSTANCE::read);
  }

  /**
   * {@link Drawing#scene}: completes once the frame is written; an error the server
   * answers it with goes to the listener's {@code onError}.
   */
  public CompletionStage<Void> scene(Scene scene) {
    return client.send("scene", SceneJsonCodec.INSTANCE::write, scene);
  }

  /**
   * A pushed message read as a {@link Shape}.
   *
   * @throws IllegalArgumentException if it is not one
   */
  public static Shape asShape(ClientMessage message) {
    return message.decode(ShapeJsonCodec.INSTANCE::read);
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
