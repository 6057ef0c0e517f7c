package com.example;

import io.channels4j.client.ChannelClient;
import io.channels4j.client.ClientOptions;
import java.net.URI;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * A typed client of {@link Shop}, the channel at {@link #PATH}: a method per action,
 * answered by the server's replies, over {@link ChannelClient}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ShopClient implements AutoCloseable {
  /**
   * The channel's path; {@link #connect} fills its parameters.
   */
  public static final String PATH = "/shop";

  private final ChannelClient client;

  private ShopClient(ChannelClient client) {
    this.client = client;
  }

  /**
   * Connects to the channel on {@code server} ({@code ws://host:port}); completes once the socket
   * is open.
   */
  public static CompletionStage<ShopClient> connect(URI server, ClientOptions options) {
    return ChannelClient.connect(server, ChannelClient.path(PATH), false, options)
        .thenApply(ShopClient::new);
  }

  /**
   * {@link Shop#buy}: completes with its reply.
   */
  public CompletionStage<Money> buy(Order order) {
    return client.request("buy", OrderJsonCodec.INSTANCE::write, order,
        in -> Shop.MoneyCodec.read(in.nextString()));
  }

  /**
   * The connection under this client: its state, its last history id.
   */
  public ChannelClient client() {
    return client;
  }

  /**
   * Closes the socket with 1000; the client does not reconnect.
   */
  @Override
  public void close() {
    client.close();
  }
}
